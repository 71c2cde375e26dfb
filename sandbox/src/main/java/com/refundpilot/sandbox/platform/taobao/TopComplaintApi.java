package com.refundpilot.sandbox.platform.taobao;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;

/**
 * Complaints on the open API (sandbox names): {@code taobao.rp.complaint.get} reads what a complaint message's ID
 * stands for, {@code taobao.rp.complaint.answer} is the merchant's one answer (accept with a compensation, or
 * reject with evidence).
 */
@Service
public class TopComplaintApi {

    private final TaobaoComplaints complaints;
    private final TaobaoRefunds refunds;
    private final Clock clock;

    public TopComplaintApi(TaobaoComplaints complaints, TaobaoRefunds refunds, Clock clock) {
        this.complaints = complaints;
        this.refunds = refunds;
        this.clock = clock;
    }

    public Map<String, Object> get(String shopId, Map<String, String> params) {
        String complaintId = TopParams.required(params, "complaint_id");
        TaobaoComplaint complaint = complaints.findForShop(complaintId, shopId)
                .orElseThrow(() -> TopApiException.complaintNotFound(complaintId));
        return Map.of("rp_complaint_get_response", Map.of("complaint", complaint.wire()));
    }

    /** taobao.rp.complaint.answer: ACCEPT (compensation_fee in yuan, default 0) or REJECT (evidence required). */
    public Map<String, Object> answer(String shopId, Map<String, String> params) {
        String complaintId = TopParams.required(params, "complaint_id");
        ComplaintAnswer.Kind kind = TopParams.requiredEnum(params, "answer", ComplaintAnswer.Kind.class);
        long compensationFen = TopParams.optional(params, "compensation_fee") == null ? 0
                : TopParams.requiredYuan(params, "compensation_fee");
        List<EvidenceUpload.Item> evidence = kind == ComplaintAnswer.Kind.REJECT ? EvidenceParam.required(params)
                : EvidenceParam.optional(params);
        if (kind == ComplaintAnswer.Kind.REJECT && compensationFen > 0) {
            throw TopApiException.invalidParameter("compensation_fee", "a rejection pays no compensation");
        }
        Instant now = clock.instant();
        String note = Objects.requireNonNullElse(TopParams.optional(params, "note"), "");
        EvidenceUpload pack = evidence.isEmpty() ? null
                : new EvidenceUpload(refunds.nextEvidenceId(), evidence, note, now);
        CallResult result = complaints.findForShop(complaintId, shopId)
                .map(c -> c.answer(new ComplaintAnswer(kind, compensationFen, pack, note, now)))
                .orElseGet(() -> CallResult.refused(complaintId, "isv.complaint-not-exist", "complaint does not exist"));
        return Map.of("rp_complaint_answer_response", TopDecisionWire.of("complaint_id", result, Map.of()));
    }
}
