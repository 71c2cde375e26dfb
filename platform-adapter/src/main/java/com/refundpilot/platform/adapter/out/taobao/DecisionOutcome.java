package com.refundpilot.platform.adapter.out.taobao;

/** The platform's answer to one merchant decision (an agree entry, a refusal, a negotiation). */
public record DecisionOutcome(String refundId, boolean succeeded, String subCode, String message) {
}
