package com.refundpilot.platform.domain.taobao;

/**
 * One negotiation of {@code taobao.rp.refund.negotiation.get} (a sandbox method): the proposal, the version it
 * was made at and the buyer's answer ({@code status} PENDING | ACCEPTED | REJECTED | LAPSED).
 */
public record TaobaoNegotiation(long id, String type, String refundFee, String message, long refundVersion,
        String status, String acceptedFee, String answered) {

    public boolean isAnswered() {
        return "ACCEPTED".equals(status) || "REJECTED".equals(status);
    }
}
