package com.refundpilot.sandbox.platform.taobao;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;

/**
 * Evidence packs (举证) for a refund or a complaint: {@code taobao.rp.evidence.upload} and
 * {@code taobao.rp.evidence.get} (both sandbox names). The subject is {@code refund_id} or {@code complaint_id},
 * exactly one of them.
 */
@Service
public class TopEvidenceApi {

    private final TaobaoRefunds refunds;
    private final TaobaoComplaints complaints;
    private final Clock clock;

    public TopEvidenceApi(TaobaoRefunds refunds, TaobaoComplaints complaints, Clock clock) {
        this.refunds = refunds;
        this.complaints = complaints;
        this.clock = clock;
    }

    public Map<String, Object> upload(String shopId, Map<String, String> params) {
        Subject subject = subjectOf(params);
        List<EvidenceUpload.Item> items = EvidenceParam.required(params);
        Instant now = clock.instant();
        EvidenceUpload upload = new EvidenceUpload(refunds.nextEvidenceId(), items,
                Objects.requireNonNullElse(TopParams.optional(params, "note"), ""), now);
        CallResult result;
        if (subject.refund()) {
            result = refunds.findForShop(subject.id(), shopId).map(r -> r.uploadEvidence(upload, now))
                    .orElseGet(() -> CallResult.refused(subject.id(), "isv.refund-not-exist", "refund does not exist"));
        } else {
            result = complaints.findForShop(subject.id(), shopId).map(c -> c.uploadEvidence(upload, now))
                    .orElseGet(() -> CallResult.refused(subject.id(), "isv.complaint-not-exist",
                            "complaint does not exist"));
        }
        return Map.of("rp_evidence_upload_response", TopDecisionWire.of(subject.field(), result,
                Map.of("evidence_id", upload.id())));
    }

    /** Every pack uploaded for the refund or complaint, oldest first. */
    public Map<String, Object> get(String shopId, Map<String, String> params) {
        Subject subject = subjectOf(params);
        List<EvidenceUpload> uploads;
        if (subject.refund()) {
            uploads = refunds.findForShop(subject.id(), shopId).orElseThrow(() ->
                    TopApiException.refundNotFound(subject.id())).snapshot().evidence();
        } else {
            uploads = complaints.findForShop(subject.id(), shopId).orElseThrow(() ->
                    TopApiException.complaintNotFound(subject.id())).evidence();
        }
        List<Map<String, Object>> wire = uploads.stream().map(TopEvidenceApi::toWire).toList();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put(subject.field(), subject.id());
        answer.put("evidences", wire);
        return Map.of("rp_evidence_get_response", answer);
    }

    private static Map<String, Object> toWire(EvidenceUpload upload) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("evidence_id", upload.id());
        out.put("evidence", upload.wire());
        out.put("note", upload.note());
        out.put("created", TaobaoWire.time(upload.at()));
        return out;
    }

    private record Subject(String field, String id) {
        boolean refund() {
            return field.equals("refund_id");
        }
    }

    private static Subject subjectOf(Map<String, String> params) {
        String refundId = TopParams.optional(params, "refund_id");
        String complaintId = TopParams.optional(params, "complaint_id");
        if (refundId != null && complaintId != null) {
            throw TopApiException.invalidParameter("complaint_id", "give refund_id or complaint_id, not both");
        }
        if (refundId == null && complaintId == null) {
            throw TopApiException.missingParameter("refund_id");
        }
        return refundId != null ? new Subject("refund_id", refundId) : new Subject("complaint_id", complaintId);
    }
}
