package com.refundpilot.sandbox.platform.taobao;

/**
 * One TMC message, serialized once: every delivery of it sends these exact bytes. It is about a refund
 * ({@code refundId}) or a complaint ({@code complaintId}); the other is null.
 */
public record TmcMessage(String refundId, String complaintId, String topic, String msgId, byte[] body) {

    public static final String REFUND_CREATED = "taobao_refund_RefundCreated";
    public static final String REFUND_SUCCESS = "taobao_refund_RefundSuccess";
    public static final String REFUND_CLOSED = "taobao_refund_RefundClosed";
    public static final String REFUND_BUYER_MODIFY = "taobao_refund_RefundBuyerModifyAgreement";
    public static final String REFUND_BUYER_RETURN_GOODS = "taobao_refund_RefundBuyerReturnGoods";
    public static final String REFUND_CREATE_MESSAGE = "taobao_refund_RefundCreateMessage";
    public static final String TAOBAO_INTERVENED = "taobao_refund_TaobaoIntervened";
    /** Sandbox assumption: the buyer answered the merchant's negotiation (no public TMC topic found). */
    public static final String NEGOTIATION_ANSWERED = "taobao_refund_RefundNegotiationAnswered";
    /** Sandbox assumption: the platform moved the merchant's deadline. */
    public static final String TIMEOUT_CHANGED = "taobao_refund_RefundTimeoutChanged";
    /** Sandbox assumption: a buyer filed a complaint about an order. */
    public static final String COMPLAINT_CREATED = "taobao_rp_ComplaintCreated";
    /** Sandbox assumptions: platform staff took a complaint over, decided it, moved its deadline. */
    public static final String COMPLAINT_INTERVENED = "taobao_rp_ComplaintIntervened";
    public static final String COMPLAINT_DECIDED = "taobao_rp_ComplaintDecided";
    public static final String COMPLAINT_TIMEOUT_CHANGED = "taobao_rp_ComplaintTimeoutChanged";
}
