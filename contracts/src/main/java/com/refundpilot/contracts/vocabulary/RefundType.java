package com.refundpilot.contracts.vocabulary;

/** What the buyer asks for: 仅退款, 退货退款, 换货, 补寄. */
public enum RefundType {
    REFUND_ONLY, RETURN_AND_REFUND, EXCHANGE, RESHIP
}
