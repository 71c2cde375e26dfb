package com.refundpilot.sandbox.platform.generic;

import com.refundpilot.sandbox.platform.taobao.CallResult;
import com.refundpilot.sandbox.platform.taobao.ComplaintAnswer;
import com.refundpilot.sandbox.platform.taobao.EvidenceUpload;
import com.refundpilot.sandbox.platform.taobao.SandboxPlatform;
import com.refundpilot.sandbox.platform.taobao.TaobaoComplaint;
import com.refundpilot.sandbox.platform.taobao.TaobaoComplaints;
import com.refundpilot.sandbox.platform.taobao.TaobaoRefunds;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.springframework.stereotype.Service;

/** Complaints on the generic wire: read one and its evidence, answer it once, add evidence (TOP's model calls). */
@Service
class GenericComplaintApi {

    private final TaobaoComplaints complaints;
    private final TaobaoRefunds refunds;
    private final IdempotentAnswers answers;
    private final Clock clock;

    GenericComplaintApi(TaobaoComplaints complaints, TaobaoRefunds refunds, IdempotentAnswers answers, Clock clock) {
        this.complaints = complaints;
        this.refunds = refunds;
        this.answers = answers;
        this.clock = clock;
    }

    Map<String, Object> get(String id) {
        return GenericJson.complaint(complaint(id).snapshot());
    }

    Map<String, Object> evidence(String id) {
        return Map.of("evidence", GenericEvidence.references(complaint(id).evidence()));
    }

    /**
     * ACCEPT with {@code compensationFen} (default 0) or REJECT (no compensation). {@code evidence} (a sandbox
     * extension) joins the answer as on TOP; without it a rejection's evidence is uploaded separately.
     */
    Map<String, Object> answer(String id, GenericBody body) {
        String key = body.idempotencyKey();
        ComplaintAnswer.Kind kind = body.requiredEnum("answer", ComplaintAnswer.Kind.class);
        long compensationFen = Objects.requireNonNullElse(body.optionalLong("compensationFen"), 0L);
        if (compensationFen < 0) {
            throw GenericApiException.invalidField("compensationFen", "must not be negative");
        }
        if (kind == ComplaintAnswer.Kind.REJECT && compensationFen > 0) {
            throw GenericApiException.invalidField("compensationFen", "a rejection pays no compensation");
        }
        String note = Objects.requireNonNullElse(body.optionalText("note"), "");
        List<EvidenceUpload.Item> evidence = body.texts("evidence").stream().map(GenericEvidence::item).toList();
        return act(id, key, complaint -> {
            Instant now = clock.instant();
            EvidenceUpload pack = evidence.isEmpty() ? null
                    : new EvidenceUpload(refunds.nextEvidenceId(), evidence, note, now);
            return complaint.answer(new ComplaintAnswer(kind, compensationFen, pack, note, now));
        });
    }

    Map<String, Object> uploadEvidence(String id, GenericBody body) {
        String key = body.idempotencyKey();
        List<EvidenceUpload.Item> items = body.texts("evidence").stream().map(GenericEvidence::item).toList();
        if (items.isEmpty()) {
            throw GenericApiException.invalidField("evidence", "needs at least one reference");
        }
        String note = Objects.requireNonNullElse(body.optionalText("note"), "");
        return act(id, key, complaint -> {
            Instant now = clock.instant();
            return complaint.uploadEvidence(new EvidenceUpload(refunds.nextEvidenceId(), items, note, now), now);
        });
    }

    private Map<String, Object> act(String id, String key, Function<TaobaoComplaint, CallResult> decision) {
        TaobaoComplaint complaint = complaint(id);
        return answers.once("complaint:" + id, key, () -> {
            CallResult result = decision.apply(complaint);
            if (!result.succ()) {
                throw GenericRefusals.of(result);
            }
            return GenericJson.complaint(complaint.snapshot());
        });
    }

    private TaobaoComplaint complaint(String id) {
        return complaints.find(id).filter(c -> c.platform() == SandboxPlatform.GENERIC)
                .orElseThrow(() -> GenericApiException.notFound("complaint", id));
    }
}
