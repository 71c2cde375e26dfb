package com.refundpilot.sandbox.platform.taobao;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * The oracle's view of a refund (control API): integer fen, ISO instants. {@code negotiation} is the newest
 * one (pending or answered), null when the merchant never negotiated; {@code chat} the whole 留言 thread.
 */
public record RefundView(
        String refundId,
        String shopId,
        String orderId,
        RefundType type,
        String reason,
        RefundStatus status,
        long version,
        long amountFen,
        long originalAmountFen,
        int quantity,
        Instant created,
        Instant deadline,
        boolean autoRefunded,
        long refundedFen,
        Negotiation negotiation,
        ReturnShipment returnShipment,
        Intervention intervention,
        ReturnAgreement returnAgreement,
        boolean receiptExtended,
        List<RefundAction> actions,
        List<BuyerMessage> buyerMessages,
        List<ChatMessage> chat,
        List<WebhookDelivery> webhooks,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<Integer> pushes) {

    static RefundView of(RefundSnapshot refund) {
        return of(refund, null);
    }

    static RefundView of(RefundSnapshot refund, List<Integer> pushes) {
        RefundTerms terms = refund.terms();
        return new RefundView(terms.refundId(), terms.shopId(), terms.orderId(), terms.type(), terms.reason(),
                refund.status(), refund.version(), terms.amountFen(), refund.originalAmountFen(), terms.quantity(),
                terms.created(), refund.deadline(), refund.autoRefunded(), refund.refundedFen(),
                refund.latestNegotiation().orElse(null), refund.returnShipment(), refund.intervention(),
                refund.returnAgreement(), refund.receiptExtended(), refund.actions(), refund.buyerMessages(), refund.chat(), refund.webhooks(), pushes);
    }
}
