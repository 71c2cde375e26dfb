package com.refundpilot.sandbox.platform.pdd;

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
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Complaints on PDD's wire (all sandbox methods): read one, answer it once, add evidence (TOP's model calls). */
@Service
class PddComplaintApi {

    private final TaobaoComplaints complaints;
    private final TaobaoRefunds refunds;
    private final Clock clock;

    PddComplaintApi(TaobaoComplaints complaints, TaobaoRefunds refunds, Clock clock) {
        this.complaints = complaints;
        this.refunds = refunds;
        this.clock = clock;
    }

    /** pdd.complaint.information.get */
    Map<String, Object> information(String mall, PddParams params) {
        String id = params.required("complaint_id");
        TaobaoComplaint complaint = find(mall, id)
                .orElseThrow(() -> PddApiException.notFound(PddRefusals.COMPLAINT_NOT_FOUND, "投诉", id));
        return Map.of("complaint_information_get_response", PddObjects.complaint(complaint.snapshot()));
    }

    /** pdd.complaint.answer: ACCEPT with compensation_amount (fen, default 0) or REJECT with evidence. */
    Map<String, Object> answer(String mall, PddParams params) {
        String id = params.required("complaint_id");
        ComplaintAnswer.Kind kind = params.requiredEnum("answer", ComplaintAnswer.Kind.class);
        long compensationFen = Objects.requireNonNullElse(params.optionalLong("compensation_amount"), 0L);
        if (compensationFen < 0 || (kind == ComplaintAnswer.Kind.REJECT && compensationFen > 0)) {
            throw PddApiException.invalidParameter("compensation_amount",
                    "compensation_amount must be >= 0, and 0 for REJECT: " + compensationFen);
        }
        List<EvidenceUpload.Item> evidence = params.evidence("evidence", kind == ComplaintAnswer.Kind.REJECT);
        String note = Objects.requireNonNullElse(params.optional("note"), "");
        Instant now = clock.instant();
        EvidenceUpload pack = evidence.isEmpty() ? null
                : new EvidenceUpload(refunds.nextEvidenceId(), evidence, note, now);
        CallResult result = find(mall, id).map(c -> c.answer(new ComplaintAnswer(kind, compensationFen, pack, note,
                now))).orElseGet(() -> new CallResult(id, false, "isv.complaint-not-exist", "投诉不存在"));
        return PddAnswers.of(result, "complaint_id", id, null);
    }

    /** pdd.refund.evidence.upload with {@code complaint_id}. */
    Map<String, Object> uploadEvidence(String mall, String id, List<EvidenceUpload.Item> items, String note) {
        Instant now = clock.instant();
        CallResult result = find(mall, id).map(c -> c.uploadEvidence(new EvidenceUpload(refunds.nextEvidenceId(),
                items, note, now), now)).orElseGet(() -> new CallResult(id, false, "isv.complaint-not-exist",
                "投诉不存在"));
        return PddAnswers.of(result, "complaint_id", id, null);
    }

    /** pdd.refund.evidence.get with {@code complaint_id}. */
    Map<String, Object> evidence(String mall, String id) {
        TaobaoComplaint complaint = find(mall, id)
                .orElseThrow(() -> PddApiException.notFound(PddRefusals.COMPLAINT_NOT_FOUND, "投诉", id));
        return Map.of("refund_evidence_get_response", Map.of("evidences",
                complaint.evidence().stream().map(PddObjects::evidence).toList()));
    }

    private Optional<TaobaoComplaint> find(String mall, String id) {
        return complaints.find(id).filter(c -> c.platform() == SandboxPlatform.PINDUODUO && c.shopId().equals(mall));
    }
}
