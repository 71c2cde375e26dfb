package com.refundpilot.sandbox.platform.taobao;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Builds TMC messages: IDs only, no status and no deadline, content as a JSON string. */
@Component
public class TmcMessageFactory {

    private final JsonMapper json;
    private final Clock clock;

    public TmcMessageFactory(JsonMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    public TmcMessage create(String topic, RefundSnapshot refund) {
        return create(topic, refund, Map.of());
    }

    /** {@code extra}: further IDs the topic carries (a chat message's or a negotiation's ID). */
    public TmcMessage create(String topic, RefundSnapshot refund, Map<String, Object> extra) {
        RefundTerms terms = refund.terms();
        long feeFen = refund.status() == RefundStatus.SUCCESS ? refund.refundedFen() : terms.amountFen();
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("refund_id", terms.refundId());
        content.put("tid", terms.orderId());
        content.put("oid", terms.subOrderId());
        content.put("refund_fee", TaobaoWire.yuan(feeFen));
        content.put("modified", TaobaoWire.time(refund.modified()));
        content.put("refund_phase", terms.phase());
        content.put("bill_type", terms.type().billType());
        if (terms.type().reship()) {
            content.put("reship", true);
        }
        content.put("buyer_nick", terms.buyerNick());
        content.put("seller_nick", terms.shopId());
        content.putAll(extra);
        String msgId = newMsgId();
        return new TmcMessage(terms.refundId(), null, topic, msgId, envelope(topic, msgId, terms.shopId(), content));
    }

    public TmcMessage complaintCreated(String complaintId, String shopId, String orderId) {
        return complaint(TmcMessage.COMPLAINT_CREATED, complaintId, shopId, orderId);
    }

    /** A message about a complaint: its ID, the order and the shop, nothing else (as for refunds). */
    public TmcMessage complaint(String topic, String complaintId, String shopId, String orderId) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("complaint_id", complaintId);
        content.put("tid", orderId);
        content.put("seller_nick", shopId);
        String msgId = newMsgId();
        return new TmcMessage(null, complaintId, topic, msgId, envelope(topic, msgId, shopId, content));
    }

    private byte[] envelope(String topic, String msgId, String shopId, Map<String, Object> content) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("topic", topic);
        message.put("msg_id", msgId);
        message.put("pub_time", TaobaoWire.time(clock.instant()));
        message.put("user_nick", shopId);
        message.put("content", json.writeValueAsString(content));
        return json.writeValueAsBytes(message);
    }

    private static String newMsgId() {
        return UUID.randomUUID().toString().replace("-", "");
    }
}
