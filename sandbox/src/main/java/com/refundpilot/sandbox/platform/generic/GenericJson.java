package com.refundpilot.sandbox.platform.generic;

import com.refundpilot.sandbox.platform.taobao.ChatMessage;
import com.refundpilot.sandbox.platform.taobao.ComplaintSnapshot;
import com.refundpilot.sandbox.platform.taobao.Intervention;
import com.refundpilot.sandbox.platform.taobao.Negotiation;
import com.refundpilot.sandbox.platform.taobao.RefundAction;
import com.refundpilot.sandbox.platform.taobao.RefundSnapshot;
import com.refundpilot.sandbox.platform.taobao.RefundTerms;
import com.refundpilot.sandbox.platform.taobao.ReturnAgreement;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The generic protocol's objects (docs/generic-platform-protocol.md) built from the model's snapshots: integer fen,
 * ISO-8601 instants, string IDs, every field present (null when it has no value).
 */
final class GenericJson {

    private GenericJson() {
    }

    /** The whole after-sale object, as the snapshot shows the refund. */
    static Map<String, Object> afterSale(RefundSnapshot refund) {
        RefundTerms terms = refund.terms();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("afterSaleId", terms.refundId());
        out.put("orderId", terms.orderId());
        out.put("shopId", terms.shopId());
        out.put("type", terms.type().name());
        out.put("status", GenericStatuses.afterSale(refund.status()));
        out.put("version", refund.version());
        out.put("reason", terms.reason());
        out.put("description", terms.desc());
        out.put("amountFen", terms.amountFen());
        out.put("quantity", terms.quantity());
        out.put("orderPaidFen", terms.orderPaidFen());
        out.put("orderQuantity", terms.orderQuantity());
        out.put("sku", terms.sku());
        out.put("buyerId", terms.buyerNick());
        out.put("createdAt", time(terms.created()));
        out.put("updatedAt", time(refund.modified()));
        // Only a deadline that binds the merchant: not the buyer's, not while staff intervene
        out.put("deadline", refund.waitingOnMerchant() ? time(refund.deadline()) : null);
        out.put("refundedFen", refund.refundedFen());
        out.put("returnWaybill", refund.returnShipment() == null ? null : Map.of(
                "carrier", refund.returnShipment().carrier(), "trackingNo", refund.returnShipment().trackingNo()));
        out.put("returnAddress", returnAddress(refund.returnAgreement()));
        out.put("receiptExtended", refund.receiptExtended());
        out.put("shipmentCancelReported", refund.actions().stream()
                .anyMatch(a -> RefundAction.REPORT_SHIPMENT_CANCELLED.equals(a.action())));
        out.put("intervention", intervention(refund.intervention()));
        return out;
    }

    static Map<String, Object> message(ChatMessage message) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("messageId", Long.toString(message.id()));
        out.put("from", GenericStatuses.from(message.role()));
        out.put("text", message.content());
        out.put("photos", message.picUrls());
        out.put("at", time(message.created()));
        return out;
    }

    static Map<String, Object> negotiation(Negotiation negotiation) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("negotiationId", Long.toString(negotiation.id()));
        out.put("kind", negotiation.kind().name());
        out.put("amountFen", negotiation.amountFen());
        out.put("status", negotiation.state().name());
        out.put("acceptedFen", negotiation.acceptedFen());
        out.put("proposedAtVersion", negotiation.refundVersion());
        out.put("answeredAt", time(negotiation.answered()));
        return out;
    }

    static Map<String, Object> complaint(ComplaintSnapshot complaint) {
        String status = GenericStatuses.complaint(complaint.status());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("complaintId", complaint.complaintId());
        out.put("orderId", complaint.orderId());
        out.put("shopId", complaint.shopId());
        out.put("kind", complaint.kind().name());
        out.put("status", status);
        out.put("createdAt", time(complaint.created()));
        out.put("updatedAt", time(complaint.modified()));
        // As for an after-sale: a deadline only while the merchant's answer is awaited
        out.put("deadline", status.equals("WAITING_MERCHANT") ? time(complaint.deadline()) : null);
        out.put("promisedShipAt", time(complaint.promisedShipBy()));
        out.put("shippedAt", time(complaint.shippedAt()));
        out.put("orderPaidFen", complaint.orderPaidFen());
        out.put("intervention", intervention(complaint.intervention()));
        out.put("merchantAnswer", complaint.answer() == null ? null : complaint.answer().answer().name());
        return out;
    }

    private static Map<String, Object> returnAddress(ReturnAgreement agreement) {
        if (agreement == null) {
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("province", agreement.province());
        out.put("city", agreement.city());
        out.put("detail", agreement.address());
        out.put("name", agreement.contactName());
        out.put("phone", agreement.contactPhone());
        return out;
    }

    private static Map<String, Object> intervention(Intervention intervention) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("status", GenericStatuses.intervention(intervention));
        out.put("evidenceDeadline", intervention == null ? null : time(intervention.evidenceDeadline()));
        out.put("decidedFor", intervention == null || intervention.verdict() == null ? null
                : intervention.verdict().name());
        return out;
    }

    static String time(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
