package com.refundpilot.sandbox.platform.taobao;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Service;

/** {@code taobao.rp.complaint.get} (a sandbox name): what a complaint message's ID stands for. */
@Service
public class TopComplaintApi {

    private final TaobaoComplaints complaints;

    public TopComplaintApi(TaobaoComplaints complaints) {
        this.complaints = complaints;
    }

    public Map<String, Object> get(String shopId, Map<String, String> params) {
        String complaintId = TopParams.required(params, "complaint_id");
        ComplaintView complaint = complaints.findForShop(complaintId, shopId)
                .orElseThrow(() -> new TopApiException(15, "Remote service error", "isv.complaint-not-exist",
                        "complaint " + complaintId + " does not exist for this shop"))
                .view(null);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("complaint_id", complaint.complaintId());
        out.put("tid", complaint.orderId());
        out.put("seller_nick", complaint.shopId());
        out.put("complaint_type", complaint.kind().name());
        out.put("status", complaint.status());
        out.put("created", TaobaoWire.time(complaint.created()));
        out.put("timeout", TaobaoWire.time(complaint.deadline()));
        return Map.of("rp_complaint_get_response", Map.of("complaint", out));
    }
}
