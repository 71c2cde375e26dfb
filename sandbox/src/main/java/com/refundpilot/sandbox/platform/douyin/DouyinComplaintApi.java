package com.refundpilot.sandbox.platform.douyin;

import com.refundpilot.sandbox.platform.taobao.CallResult;
import com.refundpilot.sandbox.platform.taobao.ComplaintAnswer;
import com.refundpilot.sandbox.platform.taobao.EvidenceUpload;
import com.refundpilot.sandbox.platform.taobao.TaobaoComplaint;
import com.refundpilot.sandbox.platform.taobao.TaobaoRefunds;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;

/**
 * Complaints (投诉) on the Douyin wire — every call here is a sandbox assumption (no public open-platform call was
 * found): read one, answer it once (1 accept with a compensation in fen, 2 reject), add evidence. The model calls are
 * TOP's ({@code TaobaoComplaint.answer} / {@code uploadEvidence}).
 */
@Service
class DouyinComplaintApi {

    private final DouyinBook book;
    private final TaobaoRefunds refunds;
    private final Clock clock;

    DouyinComplaintApi(DouyinBook book, TaobaoRefunds refunds, Clock clock) {
        this.book = book;
        this.refunds = refunds;
        this.clock = clock;
    }

    Map<String, Object> detail(DouyinCall call) {
        return DouyinComplaintJson.of(book.complaint(call.shopId(), call.params().requiredId("complaint_id"))
                .snapshot());
    }

    Map<String, Object> answer(DouyinCall call) {
        DouyinParams params = call.params();
        TaobaoComplaint complaint = book.complaint(call.shopId(), params.requiredId("complaint_id"));
        long code = params.requiredLong("answer");
        if (code != 1 && code != 2) {
            throw DouyinApiException.invalid("answer", "1 (accept) or 2 (reject), was " + code);
        }
        ComplaintAnswer.Kind kind = code == 1 ? ComplaintAnswer.Kind.ACCEPT : ComplaintAnswer.Kind.REJECT;
        long compensationFen = Objects.requireNonNullElse(params.optionalLong("compensation_amount"), 0L);
        if (compensationFen < 0 || (kind == ComplaintAnswer.Kind.REJECT && compensationFen > 0)) {
            throw DouyinApiException.invalid("compensation_amount", kind == ComplaintAnswer.Kind.REJECT
                    ? "a rejection pays no compensation" : "must not be negative");
        }
        List<String> evidence = params.texts("evidence");
        String comment = Objects.requireNonNullElse(params.optionalText("comment"), "");
        Instant now = clock.instant();
        EvidenceUpload pack = evidence.isEmpty() ? null
                : new EvidenceUpload(refunds.nextEvidenceId(), DouyinEvidence.items(evidence), comment, now);
        succeededOrThrow(complaint.answer(new ComplaintAnswer(kind, compensationFen, pack, comment, now)));
        return DouyinComplaintJson.of(complaint.snapshot());
    }

    Map<String, Object> submitEvidence(DouyinCall call) {
        TaobaoComplaint complaint = book.complaint(call.shopId(), call.params().requiredId("complaint_id"));
        var items = DouyinEvidence.items(call.params().texts("evidence"));
        String comment = Objects.requireNonNullElse(call.params().optionalText("comment"), "");
        Instant now = clock.instant();
        EvidenceUpload upload = new EvidenceUpload(refunds.nextEvidenceId(), items, comment, now);
        succeededOrThrow(complaint.uploadEvidence(upload, now));
        return Map.of("evidence_id", Long.toString(upload.id()));
    }

    private static void succeededOrThrow(CallResult result) {
        if (!result.succ()) {
            throw DouyinRefusals.of(result);
        }
    }
}
