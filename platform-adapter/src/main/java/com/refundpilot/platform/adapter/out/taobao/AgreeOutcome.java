package com.refundpilot.platform.adapter.out.taobao;

/** One entry of a {@code taobao.rp.refunds.agree} answer. */
public record AgreeOutcome(String refundId, boolean succeeded, String subCode, String message) {
}
