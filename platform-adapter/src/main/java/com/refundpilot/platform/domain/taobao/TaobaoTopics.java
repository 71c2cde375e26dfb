package com.refundpilot.platform.domain.taobao;

import java.util.Map;

/**
 * The TMC topics platform-adapter knows and what it must fetch to understand each (a message carries IDs only).
 * Known topics the system does not act on, and unknown ones, need nothing: they are kept and dropped with a reason.
 */
public final class TaobaoTopics {

    public static final String REFUND_CREATED = "taobao_refund_RefundCreated";
    public static final String BUYER_MODIFY = "taobao_refund_RefundBuyerModifyAgreement";
    public static final String BUYER_RETURN_GOODS = "taobao_refund_RefundBuyerReturnGoods";
    public static final String CREATE_MESSAGE = "taobao_refund_RefundCreateMessage";
    public static final String REFUND_SUCCESS = "taobao_refund_RefundSuccess";
    public static final String REFUND_CLOSED = "taobao_refund_RefundClosed";
    public static final String INTERVENED = "taobao_refund_TaobaoIntervened";
    /** Sandbox assumptions (no public TMC topic found): see docs/sandbox-protocol.md. */
    public static final String NEGOTIATION_ANSWERED = "taobao_refund_RefundNegotiationAnswered";
    public static final String TIMEOUT_CHANGED = "taobao_refund_RefundTimeoutChanged";
    public static final String COMPLAINT_CREATED = "taobao_rp_ComplaintCreated";
    public static final String COMPLAINT_INTERVENED = "taobao_rp_ComplaintIntervened";
    public static final String COMPLAINT_DECIDED = "taobao_rp_ComplaintDecided";
    public static final String COMPLAINT_TIMEOUT_CHANGED = "taobao_rp_ComplaintTimeoutChanged";
    private static final java.util.Set<String> COMPLAINT_TOPICS = java.util.Set.of(COMPLAINT_CREATED,
            COMPLAINT_INTERVENED, COMPLAINT_DECIDED, COMPLAINT_TIMEOUT_CHANGED);

    /** What to fetch before normalizing. */
    public enum Need { NOTHING, REFUND, REFUND_AND_CHAT, REFUND_AND_NEGOTIATIONS, COMPLAINT }

    private static final Map<String, Need> NEEDS = Map.ofEntries(
            Map.entry(REFUND_CREATED, Need.REFUND),
            Map.entry(BUYER_MODIFY, Need.REFUND),
            Map.entry(BUYER_RETURN_GOODS, Need.REFUND),
            Map.entry(REFUND_SUCCESS, Need.REFUND),
            Map.entry(REFUND_CLOSED, Need.REFUND),
            Map.entry(INTERVENED, Need.REFUND),
            Map.entry(TIMEOUT_CHANGED, Need.REFUND),
            Map.entry(CREATE_MESSAGE, Need.REFUND_AND_CHAT),
            Map.entry(NEGOTIATION_ANSWERED, Need.REFUND_AND_NEGOTIATIONS),
            Map.entry(COMPLAINT_CREATED, Need.COMPLAINT),
            Map.entry(COMPLAINT_INTERVENED, Need.COMPLAINT),
            Map.entry(COMPLAINT_DECIDED, Need.COMPLAINT),
            Map.entry(COMPLAINT_TIMEOUT_CHANGED, Need.COMPLAINT));

    /** Known, but no canonical event: the merchant's own decisions echoed back, or states the SOP does not use. */
    private static final Map<String, String> IGNORED = Map.of(
            "taobao_refund_RefundSellerAgreeAgreement", "the merchant's own agreement echoed back",
            "taobao_refund_RefundSellerRefuseAgreement", "the merchant's own refusal echoed back",
            "taobao_refund_RefundBlockMessage", "chat blocking is not an SOP fact",
            "taobao_refund_RefundableMarked", "refundable marks are not an SOP fact",
            "taobao_refund_RefundableCanceled", "refundable marks are not an SOP fact",
            "taobao_refund_TaobaoInterApplied", "the buyer asked for staff; TaobaoIntervened follows if they come");

    private TaobaoTopics() {
    }

    public static Need needOf(String topic) {
        return NEEDS.getOrDefault(topic, Need.NOTHING);
    }

    public static boolean aboutComplaint(String topic) {
        return COMPLAINT_TOPICS.contains(topic);
    }

    /** Why a topic that needs nothing produces nothing. */
    public static String ignoredBecause(String topic) {
        return IGNORED.getOrDefault(topic, "unknown topic " + topic);
    }
}
