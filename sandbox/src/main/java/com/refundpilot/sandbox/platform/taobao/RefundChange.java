package com.refundpilot.sandbox.platform.taobao;

/** What the buyer changes when modifying a request; a null keeps the current value. */
public record RefundChange(RefundType type, String reason, Long amountFen, Integer quantity) {
}
