package com.refundpilot.sandbox.platform.douyin;

import com.refundpilot.sandbox.platform.taobao.TmcMessage;
import java.util.Map;

/**
 * Douyin's message tags and names (docs/platform-wire-formats/douyin.md §1). The changes of the one model are named by
 * the TMC topic the Taobao wire pushes; this maps each to its Douyin message. Tags 9001–9014 are sandbox assumptions
 * (no public Douyin message for a buyer's chat line, a negotiation answer or a complaint).
 */
enum DouyinTag {
    REFUND_CREATED("200", "doudian_refund_RefundCreated"),
    REFUND_AGREED("201", "doudian_refund_RefundAgreed"),
    RETURN_APPLY_AGREED("202", "doudian_refund_ReturnApplyAgreed"),
    BUYER_RETURN_GOODS("203", "doudian_refund_BuyerReturnGoods"),
    REFUND_REFUSED("204", "doudian_refund_RefundRefused"),
    RETURN_APPLY_REFUSED("205", "doudian_refund_ReturnApplyRefused"),
    REFUND_SUCCESS("206", "doudian_refund_RefundSuccess"),
    REFUND_CLOSED("207", "doudian_refund_RefundClosed"),
    REFUND_MODIFIED("208", "doudian_refund_RefundModified"),
    EXPIRATION_CHANGE("209", "doudian_refund_ExpirationChange"),
    EXCHANGE_CONFIRMED("211", "doudian_refund_ExchangeComfirmed"),
    ARBITRATE_AUDITED("216", "doudian_refund_ArbitrateAudited"),
    ARBITRATE_SERVICE_INTERVENE("217", "doudian_refund_ArbitrateServiceIntervene"),
    BUYER_MESSAGE("9001", "doudian_refund_BuyerMessage"),
    NEGOTIATION_ANSWERED("9002", "doudian_refund_NegotiationAnswered"),
    COMPLAINT_CREATED("9011", "doudian_complaint_ComplaintCreated"),
    COMPLAINT_INTERVENED("9012", "doudian_complaint_ComplaintIntervened"),
    COMPLAINT_DECIDED("9013", "doudian_complaint_ComplaintDecided"),
    COMPLAINT_TIMEOUT_CHANGED("9014", "doudian_complaint_ComplaintTimeoutChanged");

    private static final Map<String, DouyinTag> BY_TOPIC = Map.ofEntries(
            Map.entry(TmcMessage.REFUND_CREATED, REFUND_CREATED),
            Map.entry(TmcMessage.REFUND_BUYER_MODIFY, REFUND_MODIFIED),
            Map.entry(TmcMessage.REFUND_BUYER_RETURN_GOODS, BUYER_RETURN_GOODS),
            Map.entry(TmcMessage.TIMEOUT_CHANGED, EXPIRATION_CHANGE),
            Map.entry(TmcMessage.TAOBAO_INTERVENED, ARBITRATE_SERVICE_INTERVENE),
            Map.entry(TmcMessage.REFUND_SUCCESS, REFUND_SUCCESS),
            Map.entry(TmcMessage.REFUND_CLOSED, REFUND_CLOSED),
            Map.entry(TmcMessage.REFUND_CREATE_MESSAGE, BUYER_MESSAGE),
            Map.entry(TmcMessage.NEGOTIATION_ANSWERED, NEGOTIATION_ANSWERED),
            Map.entry(TmcMessage.COMPLAINT_CREATED, COMPLAINT_CREATED),
            Map.entry(TmcMessage.COMPLAINT_INTERVENED, COMPLAINT_INTERVENED),
            Map.entry(TmcMessage.COMPLAINT_DECIDED, COMPLAINT_DECIDED),
            Map.entry(TmcMessage.COMPLAINT_TIMEOUT_CHANGED, COMPLAINT_TIMEOUT_CHANGED));

    private final String tag;
    private final String messageName;

    DouyinTag(String tag, String messageName) {
        this.tag = tag;
        this.messageName = messageName;
    }

    String tag() {
        return tag;
    }

    String messageName() {
        return messageName;
    }

    /** A change without a Douyin message is a gap in this table: fail loudly rather than push nothing. */
    static DouyinTag of(String topic) {
        DouyinTag tag = BY_TOPIC.get(topic);
        if (tag == null) {
            throw new IllegalStateException("no Douyin message for the change " + topic);
        }
        return tag;
    }
}
