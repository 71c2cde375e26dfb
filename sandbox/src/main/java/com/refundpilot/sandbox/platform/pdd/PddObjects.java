package com.refundpilot.sandbox.platform.pdd;

import com.refundpilot.sandbox.platform.taobao.ChatMessage;
import com.refundpilot.sandbox.platform.taobao.ComplaintSnapshot;
import com.refundpilot.sandbox.platform.taobao.EvidenceUpload;
import com.refundpilot.sandbox.platform.taobao.Intervention;
import com.refundpilot.sandbox.platform.taobao.Negotiation;
import com.refundpilot.sandbox.platform.taobao.RefundSnapshot;
import com.refundpilot.sandbox.platform.taobao.RefundTerms;
import com.refundpilot.sandbox.platform.taobao.RefundType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * PDD's objects built from the model's snapshots (docs/platform-wire-formats/pdd.md §2): money in fen, times in
 * Unix seconds ({@code updated_at} in milliseconds), every field present (null when it has no value).
 */
final class PddObjects {

    private PddObjects() {
    }

    /** pdd.refund.information.get: the after-sale as it stands, PDD's fields plus the sandbox's (marked there). */
    static Map<String, Object> detail(RefundSnapshot refund) {
        RefundTerms terms = refund.terms();
        int status = PddStatuses.status(refund);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", terms.refundId());
        out.put("order_sn", terms.orderId());
        out.put("mall_id", terms.shopId());
        out.put("after_sales_type", PddStatuses.detailType(terms.type()));
        out.put("after_sales_status", status);
        out.put("after_sales_reason", terms.reason());
        out.put("refund_amount", terms.amountFen());
        out.put("refunded_amount", refund.refundedFen());
        out.put("goods_number", terms.quantity());
        out.put("order_goods_number", terms.orderQuantity());
        out.put("order_amount", terms.orderPaidFen());
        out.put("outer_id", terms.sku());
        out.put("shipping_status", terms.type().goodsReturn() || terms.type() == RefundType.RESHIP ? 1 : 0);
        out.put("express_no", refund.returnShipment() == null ? null : refund.returnShipment().trackingNo());
        out.put("shipping_name", refund.returnShipment() == null ? null : refund.returnShipment().carrier());
        // Only while the merchant must act, as PDD's expire_time: not the buyer's turn, not under intervention
        out.put("expire_time", refund.waitingOnMerchant() ? seconds(refund.deadline()) : null);
        out.put("created_time", seconds(terms.created()));
        out.put("updated_at", refund.modified().toEpochMilli());
        out.put("receipt_extended", refund.receiptExtended());
        out.put("return_address", refund.returnAgreement() == null ? null : Map.of(
                "province", refund.returnAgreement().province(), "city", refund.returnAgreement().city(),
                "address", refund.returnAgreement().address()));
        Intervention intervention = refund.intervention();
        out.put("intervention_status", PddStatuses.intervention(intervention));
        out.put("intervention_evidence_deadline", intervention == null ? null : seconds(intervention.evidenceDeadline()));
        out.put("intervention_verdict", intervention == null || intervention.verdict() == null ? null
                : intervention.verdict().name());
        return out;
    }

    /** One row of pdd.refund.list.increment.get (amounts in yuan strings, as that list states them). */
    static Map<String, Object> listItem(RefundSnapshot refund) {
        RefundTerms terms = refund.terms();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", terms.refundId());
        out.put("order_sn", terms.orderId());
        out.put("after_sales_type", PddStatuses.detailType(terms.type()));
        out.put("after_sales_status", PddStatuses.status(refund));
        out.put("after_sale_reason", terms.reason());
        out.put("refund_amount", yuan(terms.amountFen()));
        out.put("goods_number", Integer.toString(terms.quantity()));
        out.put("outer_id", terms.sku());
        out.put("tracking_number", refund.returnShipment() == null ? null : refund.returnShipment().trackingNo());
        out.put("created_time", Long.toString(seconds(terms.created())));
        out.put("updated_time", Long.toString(seconds(refund.modified())));
        return out;
    }

    static Map<String, Object> message(ChatMessage message) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("message_id", message.id());
        out.put("sender_role", Integer.parseInt(message.role().wire()));
        out.put("content", message.content());
        out.put("images", message.picUrls());
        out.put("created_time", seconds(message.created()));
        return out;
    }

    static Map<String, Object> negotiation(Negotiation negotiation) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("negotiation_id", negotiation.id());
        out.put("negotiate_type", negotiation.kind().name());
        out.put("refund_amount", negotiation.amountFen());
        out.put("message", negotiation.message());
        out.put("status", negotiation.state().name());
        out.put("created_time", seconds(negotiation.proposed()));
        out.put("answered_time", negotiation.answered() == null ? null : seconds(negotiation.answered()));
        out.put("accepted_amount", negotiation.acceptedFen());
        return out;
    }

    static Map<String, Object> evidence(EvidenceUpload upload) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("evidence_id", upload.id());
        out.put("evidence", upload.evidence().stream().map(i -> i.kind() + ":" + i.reference())
                .collect(Collectors.joining(",")));
        out.put("note", upload.note());
        out.put("created_time", seconds(upload.at()));
        return out;
    }

    static Map<String, Object> complaint(ComplaintSnapshot complaint) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("complaint_id", complaint.complaintId());
        out.put("order_sn", complaint.orderId());
        out.put("mall_id", complaint.shopId());
        out.put("complaint_type", PddStatuses.complaintType(complaint.kind()));
        out.put("status", PddStatuses.complaintStatus(complaint));
        out.put("created_time", seconds(complaint.created()));
        out.put("updated_at", complaint.modified().toEpochMilli());
        out.put("expire_time", PddStatuses.complaintStatus(complaint) == 1 ? seconds(complaint.deadline()) : null);
        out.put("promised_ship_time", seconds(complaint.promisedShipBy()));
        out.put("shipping_time", seconds(complaint.shippedAt()));
        out.put("order_amount", complaint.orderPaidFen());
        out.put("merchant_answer", complaint.answer() == null ? null : complaint.answer().answer().name());
        Intervention intervention = complaint.intervention();
        out.put("intervention_status", PddStatuses.intervention(intervention));
        out.put("intervention_evidence_deadline", intervention == null ? null : seconds(intervention.evidenceDeadline()));
        out.put("intervention_verdict", intervention == null || intervention.verdict() == null ? null
                : intervention.verdict().name());
        return out;
    }

    static Long seconds(Instant instant) {
        return instant == null ? null : instant.getEpochSecond();
    }

    static String yuan(long fen) {
        return BigDecimal.valueOf(fen, 2).toPlainString();
    }
}
