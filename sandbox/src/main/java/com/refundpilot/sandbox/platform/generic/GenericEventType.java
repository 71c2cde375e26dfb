package com.refundpilot.sandbox.platform.generic;

import com.refundpilot.sandbox.platform.taobao.TmcMessage;
import java.util.Map;

/**
 * The generic event type of each change, named by the TMC topic the Taobao wire pushes for it. The model pushes
 * no echo of the merchant's own agree/refuse (nor does Taobao), so {@code after_sale.merchant_*} never occurs.
 */
final class GenericEventType {

    private static final Map<String, String> BY_TOPIC = Map.ofEntries(
            Map.entry(TmcMessage.REFUND_CREATED, "after_sale.created"),
            Map.entry(TmcMessage.REFUND_BUYER_MODIFY, "after_sale.modified"),
            Map.entry(TmcMessage.REFUND_BUYER_RETURN_GOODS, "after_sale.return_shipped"),
            Map.entry(TmcMessage.TIMEOUT_CHANGED, "after_sale.deadline_changed"),
            Map.entry(TmcMessage.TAOBAO_INTERVENED, "after_sale.intervened"),
            Map.entry(TmcMessage.REFUND_SUCCESS, "after_sale.refunded"),
            Map.entry(TmcMessage.REFUND_CLOSED, "after_sale.closed"),
            Map.entry(TmcMessage.REFUND_CREATE_MESSAGE, "after_sale.buyer_message"),
            Map.entry(TmcMessage.NEGOTIATION_ANSWERED, "after_sale.negotiation_answered"),
            Map.entry(TmcMessage.COMPLAINT_CREATED, "complaint.created"),
            Map.entry(TmcMessage.COMPLAINT_INTERVENED, "complaint.intervened"),
            Map.entry(TmcMessage.COMPLAINT_DECIDED, "complaint.decided"),
            Map.entry(TmcMessage.COMPLAINT_TIMEOUT_CHANGED, "complaint.deadline_changed"));

    static final String BUYER_MESSAGE = "after_sale.buyer_message";
    static final String NEGOTIATION_ANSWERED = "after_sale.negotiation_answered";

    private GenericEventType() {
    }

    /** A change without a generic event is a gap in this table: fail loudly rather than push nothing. */
    static String of(String topic) {
        String type = BY_TOPIC.get(topic);
        if (type == null) {
            throw new IllegalStateException("no generic event type for the change " + topic);
        }
        return type;
    }
}
