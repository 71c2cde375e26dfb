package com.refundpilot.sandbox.platform.pdd;

import com.refundpilot.sandbox.platform.taobao.TmcMessage;
import java.util.Map;

/**
 * The PDD message type of each change, named by the TMC topic the Taobao wire pushes for it. Only RefundCreated,
 * RefundAgreeAgreement and RefundClosed are PDD's published types; the others are sandbox assumptions
 * (docs/platform-wire-formats/pdd.md §1).
 */
final class PddTopics {

    static final String REFUND_CREATED = "pdd_refund_RefundCreated";
    static final String REFUND_AGREE_AGREEMENT = "pdd_refund_RefundAgreeAgreement";
    static final String REFUND_CLOSED = "pdd_refund_RefundClosed";
    static final String BUYER_MODIFY = "pdd_refund_RefundBuyerModifyAgreement";
    static final String BUYER_RETURN_GOODS = "pdd_refund_RefundBuyerReturnGoods";
    static final String TIMEOUT_CHANGED = "pdd_refund_RefundTimeoutChanged";
    static final String PLATFORM_INTERVENED = "pdd_refund_RefundPlatformIntervened";
    static final String CREATE_MESSAGE = "pdd_refund_RefundCreateMessage";
    static final String NEGOTIATION_ANSWERED = "pdd_refund_RefundNegotiationAnswered";
    static final String COMPLAINT_CREATED = "pdd_complaint_ComplaintCreated";
    static final String COMPLAINT_INTERVENED = "pdd_complaint_ComplaintIntervened";
    static final String COMPLAINT_DECIDED = "pdd_complaint_ComplaintDecided";
    static final String COMPLAINT_TIMEOUT_CHANGED = "pdd_complaint_ComplaintTimeoutChanged";

    private static final Map<String, String> BY_TOPIC = Map.ofEntries(
            Map.entry(TmcMessage.REFUND_CREATED, REFUND_CREATED),
            Map.entry(TmcMessage.REFUND_SUCCESS, REFUND_AGREE_AGREEMENT),
            Map.entry(TmcMessage.REFUND_CLOSED, REFUND_CLOSED),
            Map.entry(TmcMessage.REFUND_BUYER_MODIFY, BUYER_MODIFY),
            Map.entry(TmcMessage.REFUND_BUYER_RETURN_GOODS, BUYER_RETURN_GOODS),
            Map.entry(TmcMessage.TIMEOUT_CHANGED, TIMEOUT_CHANGED),
            Map.entry(TmcMessage.TAOBAO_INTERVENED, PLATFORM_INTERVENED),
            Map.entry(TmcMessage.REFUND_CREATE_MESSAGE, CREATE_MESSAGE),
            Map.entry(TmcMessage.NEGOTIATION_ANSWERED, NEGOTIATION_ANSWERED),
            Map.entry(TmcMessage.COMPLAINT_CREATED, COMPLAINT_CREATED),
            Map.entry(TmcMessage.COMPLAINT_INTERVENED, COMPLAINT_INTERVENED),
            Map.entry(TmcMessage.COMPLAINT_DECIDED, COMPLAINT_DECIDED),
            Map.entry(TmcMessage.COMPLAINT_TIMEOUT_CHANGED, COMPLAINT_TIMEOUT_CHANGED));

    private PddTopics() {
    }

    /** A change without a PDD type is a gap in this table: fail loudly rather than push nothing. */
    static String of(String tmcTopic) {
        String type = BY_TOPIC.get(tmcTopic);
        if (type == null) {
            throw new IllegalStateException("no PDD message type for the change " + tmcTopic);
        }
        return type;
    }
}
