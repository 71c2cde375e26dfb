package com.refundpilot.sandbox.platform.taobao;

import java.time.Instant;

/** What the buyer asks for now (filed, then perhaps modified or negotiated). Money in fen. */
public record RefundTerms(
        String refundId,
        String shopId,
        String orderId,
        RefundType type,
        String reason,
        String desc,
        long amountFen,
        int quantity,
        long orderPaidFen,
        int orderQuantity,
        String sku,
        String buyerNick,
        Instant created) {

    /** The request after the buyer's change; what the change leaves out stays. */
    RefundTerms with(RefundChange change) {
        return new RefundTerms(refundId, shopId, orderId, or(change.type(), type), or(change.reason(), reason), desc,
                or(change.amountFen(), amountFen), or(change.quantity(), quantity), orderPaidFen, orderQuantity, sku,
                buyerNick, created);
    }

    private static <T> T or(T value, T otherwise) {
        return value == null ? otherwise : value;
    }

    /** Taobao's refund_phase: the sandbox's refunds are all filed while the order is live. */
    public String phase() {
        return "onsale";
    }

    /** Taobao's oid: the sandbox's orders have a single sub-order. */
    public String subOrderId() {
        return orderId + "-1";
    }
}
