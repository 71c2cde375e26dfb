package com.refundpilot.sandbox.platform.pdd;

import com.refundpilot.sandbox.platform.taobao.ComplaintSnapshot;
import com.refundpilot.sandbox.platform.taobao.RefundSnapshot;
import com.refundpilot.sandbox.platform.taobao.RefundStatus;
import com.refundpilot.sandbox.platform.taobao.RefundTerms;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds PDD message frames as the message service delivers them: {@code {id, commandType:"Common", time, sendTime,
 * message:{type, mallID, content}}}, {@code content} a JSON string with IDs only (no status, no deadline).
 */
@Component
class PddMessageFactory {

    private final JsonMapper json;
    private final Clock clock;
    private final AtomicLong ids = new AtomicLong(70_000);

    PddMessageFactory(JsonMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    /** {@code extra}: the IDs the change names besides the after-sale's ({@code message_id}, {@code negotiation_id}). */
    PddMessage refund(String tmcTopic, RefundSnapshot refund, Map<String, Object> extra) {
        RefundTerms terms = refund.terms();
        String type = PddTopics.of(tmcTopic);
        long feeFen = refund.status() == RefundStatus.SUCCESS ? refund.refundedFen() : terms.amountFen();
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("mall_id", terms.shopId());
        content.put("refund_id", terms.refundId());
        content.put("tid", terms.orderId());
        content.put("bill_type", PddStatuses.detailType(terms.type()));
        content.put("refund_fee", feeFen);
        content.put("modified", refund.modified().toEpochMilli());
        content.putAll(extra);
        String id = nextId();
        return new PddMessage(terms.refundId(), null, type, id, frame(id, type, terms.shopId(), content));
    }

    /** A complaint's message: its ID, the order and the mall, nothing else. */
    PddMessage complaint(String tmcTopic, ComplaintSnapshot complaint) {
        String type = PddTopics.of(tmcTopic);
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("mall_id", complaint.shopId());
        content.put("complaint_id", complaint.complaintId());
        content.put("tid", complaint.orderId());
        content.put("modified", complaint.modified().toEpochMilli());
        String id = nextId();
        return new PddMessage(null, complaint.complaintId(), type, id, frame(id, type, complaint.shopId(), content));
    }

    private byte[] frame(String id, String type, String mallId, Map<String, Object> content) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("type", type);
        message.put("mallID", mallId);
        message.put("content", json.writeValueAsString(content));
        Map<String, Object> frame = new LinkedHashMap<>();
        frame.put("id", Long.parseLong(id));
        frame.put("commandType", "Common");
        frame.put("time", clock.millis());
        frame.put("sendTime", clock.millis());
        frame.put("message", message);
        return json.writeValueAsBytes(frame);
    }

    private String nextId() {
        return Long.toString(ids.incrementAndGet());
    }
}
