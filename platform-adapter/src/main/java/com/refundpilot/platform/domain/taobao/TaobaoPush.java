package com.refundpilot.platform.domain.taobao;

/**
 * A pushed TMC message's topic and the IDs its content carries: a refund's ({@code refundId}) or a complaint's
 * ({@code complaintId}), and for some topics a chat message's or a negotiation's ID. {@code refundFee} is the
 * content's amount (in RefundSuccess: what was paid).
 */
public record TaobaoPush(String topic, String msgId, String refundId, String complaintId, String tid,
        String sellerNick, String refundFee, String messageId, String negotiationId) {
}
