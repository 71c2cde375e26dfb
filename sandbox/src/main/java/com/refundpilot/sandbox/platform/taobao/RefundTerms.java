package com.refundpilot.sandbox.platform.taobao;

import java.time.Instant;

/** What the buyer filed; never changes after creation. Money in fen. */
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

    /** Taobao's refund_phase: the sandbox's refunds are all filed while the order is live. */
    public String phase() {
        return "onsale";
    }

    /** Taobao's oid: the sandbox's orders have a single sub-order. */
    public String subOrderId() {
        return orderId + "-1";
    }
}
