package com.refundpilot.sandbox.platform.jd;

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
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Service;

/**
 * Complaints (投诉) on the JD wire — sandbox methods, JD handles complaints in its back office: the view, the
 * merchant's one answer (1 同意 with a compensation, 2 驳回 with evidence) and evidence packs, on TOP's model calls.
 */
@Service
class JdComplaintApi {

    static final String VIEW = "jingdong.asc.complaint.view";
    static final String ANSWER = "jingdong.asc.complaint.answer";

    private final TaobaoComplaints complaints;
    private final TaobaoRefunds refunds;
    private final Clock clock;

    JdComplaintApi(TaobaoComplaints complaints, TaobaoRefunds refunds, Clock clock) {
        this.complaints = complaints;
        this.refunds = refunds;
        this.clock = clock;
    }

    Optional<TaobaoComplaint> complaint(String shopId, String complaintId) {
        return complaints.find(complaintId)
                .filter(c -> c.platform() == SandboxPlatform.JD && c.shopId().equals(shopId));
    }

    Map<String, Object> view(String shopId, JdParams p) {
        String id = p.requiredText("complaintId");
        return complaint(shopId, id)
                .map(c -> JdResults.success(VIEW, JdResults.RESULT, JdBills.complaint(c.snapshot()), Map.of()))
                .orElseGet(() -> notFound(VIEW, id));
    }

    Map<String, Object> answer(String shopId, JdParams p) {
        String id = p.requiredText("complaintId");
        long answer = p.requiredNumber("answer");
        if (answer != 1 && answer != 2) {
            throw JdApiException.badParameter("answer", "1 (同意) or 2 (驳回), was " + answer);
        }
        ComplaintAnswer.Kind kind = answer == 1 ? ComplaintAnswer.Kind.ACCEPT : ComplaintAnswer.Kind.REJECT;
        long compensationFen = p.fen("compensateSum").orElse(0L);
        if (kind == ComplaintAnswer.Kind.REJECT && compensationFen > 0) {
            throw JdApiException.badParameter("compensateSum", "a rejection (驳回) pays no compensation");
        }
        List<EvidenceUpload.Item> evidence = p.evidence("evidence");
        if (kind == ComplaintAnswer.Kind.REJECT && evidence.isEmpty()) {
            throw JdApiException.badParameter("evidence", "is required for 驳回");
        }
        String note = p.text("note").orElse("");
        return act(ANSWER, shopId, id, complaint -> {
            Instant now = clock.instant();
            EvidenceUpload pack = evidence.isEmpty() ? null
                    : new EvidenceUpload(refunds.nextEvidenceId(), evidence, note, now);
            return complaint.answer(new ComplaintAnswer(kind, compensationFen, pack, note, now));
        }, Map.of());
    }

    Map<String, Object> uploadEvidence(String method, String shopId, String id, List<EvidenceUpload.Item> items,
            String note) {
        long evidenceId = refunds.nextEvidenceId();
        return act(method, shopId, id, complaint -> {
            Instant now = clock.instant();
            return complaint.uploadEvidence(new EvidenceUpload(evidenceId, items, note, now), now);
        }, Map.of("evidenceId", evidenceId));
    }

    private Map<String, Object> act(String method, String shopId, String id,
            Function<TaobaoComplaint, CallResult> decision, Map<String, Object> extra) {
        Optional<TaobaoComplaint> found = complaint(shopId, id);
        if (found.isEmpty()) {
            return notFound(method, id);
        }
        CallResult result = decision.apply(found.get());
        if (!result.succ()) {
            return JdResults.refused(method, JdResults.RESULT, result);
        }
        return JdResults.success(method, JdResults.RESULT, JdBills.complaint(found.get().snapshot()), extra);
    }

    private static Map<String, Object> notFound(String method, String id) {
        return JdResults.failure(method, JdResults.RESULT, JdRefusals.COMPLAINT_NOT_FOUND, "投诉单不存在: " + id);
    }
}
