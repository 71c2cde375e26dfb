package com.refundpilot.sandbox.platform.taobao;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Builds TMC refund messages: IDs only, no status and no deadline, content as a JSON string. */
@Component
public class TmcMessageFactory {

    private final JsonMapper json;
    private final Clock clock;

    public TmcMessageFactory(JsonMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    public TmcMessage create(String topic, RefundSnapshot refund) {
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

        String msgId = UUID.randomUUID().toString().replace("-", "");
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("topic", topic);
        message.put("msg_id", msgId);
        message.put("pub_time", TaobaoWire.time(clock.instant()));
        message.put("user_nick", terms.shopId());
        message.put("content", json.writeValueAsString(content));
        return new TmcMessage(terms.refundId(), topic, msgId, json.writeValueAsBytes(message));
    }
}
