package com.refundpilot.sandbox.platform.douyin;

import com.refundpilot.sandbox.platform.taobao.ComplaintAnswer;
import com.refundpilot.sandbox.platform.taobao.ComplaintSnapshot;
import com.refundpilot.sandbox.platform.taobao.ComplaintStatus;
import com.refundpilot.sandbox.platform.taobao.EvidenceUpload;
import java.util.LinkedHashMap;
import java.util.Map;

/** A complaint as the sandbox's assumed {@code complaint/detail} shows it: codes, epoch seconds, fen. */
final class DouyinComplaintJson {

    private DouyinComplaintJson() {
    }

    static Map<String, Object> of(ComplaintSnapshot complaint) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("complaint_id", complaint.complaintId());
        out.put("p_id", complaint.orderId());
        out.put("shop_id", complaint.shopId());
        out.put("complaint_type", DouyinCodes.complaintType(complaint.kind()));
        out.put("status", DouyinCodes.complaintStatus(complaint.status()));
        out.put("create_time", DouyinTime.seconds(complaint.created()));
        out.put("update_time", DouyinTime.seconds(complaint.modified()));
        // Only while the merchant's answer is awaited, as for an after-sale
        out.put("deadline", complaint.status() == ComplaintStatus.WAIT_SELLER_HANDLE
                ? DouyinTime.seconds(complaint.deadline()) : 0);
        out.put("promised_ship_time", DouyinTime.seconds(complaint.promisedShipBy()));
        out.put("ship_time", DouyinTime.seconds(complaint.shippedAt()));
        out.put("pay_amount", complaint.orderPaidFen());
        out.put("arbitrate_status", DouyinAfterSales.arbitrateStatus(complaint.intervention()));
        out.put("arbitrate_status_deadline", complaint.intervention() == null ? 0
                : DouyinTime.seconds(complaint.intervention().evidenceDeadline()));
        out.put("arbitrate_conclusion", DouyinAfterSales.conclusion(complaint.intervention()));
        ComplaintAnswer answer = complaint.answer();
        out.put("merchant_answer", answer == null ? 0 : answer.answer() == ComplaintAnswer.Kind.ACCEPT ? 1 : 2);
        out.put("compensation_amount", answer == null ? 0 : answer.compensationFen());
        out.put("evidence_list", complaint.evidence().stream().flatMap(e -> e.evidence().stream())
                .map(EvidenceUpload.Item::reference).toList());
        return out;
    }
}
