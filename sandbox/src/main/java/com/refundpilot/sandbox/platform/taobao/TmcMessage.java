package com.refundpilot.sandbox.platform.taobao;

/** One TMC message, serialized once: every delivery of it sends these exact bytes. */
public record TmcMessage(String refundId, String topic, String msgId, byte[] body) {

    public static final String REFUND_CREATED = "taobao_refund_RefundCreated";
    public static final String REFUND_SUCCESS = "taobao_refund_RefundSuccess";
    public static final String REFUND_CLOSED = "taobao_refund_RefundClosed";
}
