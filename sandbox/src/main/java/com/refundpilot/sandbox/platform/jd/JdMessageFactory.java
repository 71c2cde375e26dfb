package com.refundpilot.sandbox.platform.jd;

import com.refundpilot.sandbox.platform.taobao.ComplaintSnapshot;
import com.refundpilot.sandbox.platform.taobao.RefundSnapshot;
import com.refundpilot.sandbox.platform.taobao.TaobaoWire;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds JD message batches (docs/platform-wire-formats/jd.md §1): one message whose {@code content} is a JSON
 * string of IDs and a few facts as the snapshot shows them — the merchant reads the bill for the rest.
 */
@Component
class JdMessageFactory {

    private final JsonMapper json;
    private final Clock clock;

    JdMessageFactory(JsonMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    /** {@code extra}: the TMC content's IDs, {@code message_id} or {@code negotiation_id}, naming what changed. */
    JdBatch refund(String tmcTopic, RefundSnapshot refund, Map<String, Object> extra) {
        String topic = JdTopics.of(tmcTopic);
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("serviceId", refund.terms().refundId());
        content.put("orderId", refund.terms().orderId());
        content.put("venderId", refund.terms().shopId());
        content.put("customerExpect", JdCodes.Expect.of(refund.terms().type()).code);
        content.put("afsServiceStep", JdCodes.step(refund.status()));
        content.put("sysVersion", refund.version());
        if (extra.get("message_id") instanceof Number id) {
            content.put("afsMessageId", id.longValue());
        }
        if (extra.get("negotiation_id") instanceof Number id) {
            content.put("feedbackId", id.longValue());
        }
        if (topic.equals(JdTopics.REFUND_SUCCESS)) {
            content.put("refundSum", TaobaoWire.yuan(refund.refundedFen()));
        }
        return batch(topic, refund.terms().shopId(), content, refund.terms().refundId(), null);
    }

    JdBatch complaint(String tmcTopic, ComplaintSnapshot complaint) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("complaintId", complaint.complaintId());
        content.put("orderId", complaint.orderId());
        content.put("venderId", complaint.shopId());
        return batch(JdTopics.of(tmcTopic), complaint.shopId(), content, null, complaint.complaintId());
    }

    private JdBatch batch(String topic, String venderId, Map<String, Object> content, String serviceId,
            String complaintId) {
        String msgId = "jd-" + UUID.randomUUID().toString().replace("-", "");
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("msgId", msgId);
        message.put("topic", topic);
        message.put("venderId", venderId);
        message.put("pubTime", TaobaoWire.time(clock.instant()));
        message.put("content", json.writeValueAsString(content));
        byte[] body = json.writeValueAsBytes(Map.of("messages", List.of(message)));
        return new JdBatch(serviceId, complaintId, topic, msgId, body);
    }
}
