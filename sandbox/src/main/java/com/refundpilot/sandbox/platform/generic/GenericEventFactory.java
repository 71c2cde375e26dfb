package com.refundpilot.sandbox.platform.generic;

import com.refundpilot.sandbox.platform.taobao.ComplaintSnapshot;
import com.refundpilot.sandbox.platform.taobao.RefundSnapshot;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds generic events: the whole after-sale (or complaint) object as the snapshot shows it, plus the buyer's
 * chat message or the answered negotiation the change is about.
 */
@Component
class GenericEventFactory {

    private final JsonMapper json;
    private final Clock clock;

    GenericEventFactory(JsonMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    /** {@code extra}: the TMC content's IDs, {@code message_id} or {@code negotiation_id}, naming what changed. */
    GenericEvent refund(String topic, RefundSnapshot refund, Map<String, Object> extra) {
        String type = GenericEventType.of(topic);
        Map<String, Object> event = envelope(type, refund.terms().shopId());
        event.put("afterSale", GenericJson.afterSale(refund));
        if (type.equals(GenericEventType.BUYER_MESSAGE)) {
            long id = idOf(extra, "message_id");
            event.put("message", refund.chat().stream().filter(m -> m.id() == id).findFirst()
                    .map(GenericJson::message).orElseThrow(() -> missing("chat message", id)));
        } else if (type.equals(GenericEventType.NEGOTIATION_ANSWERED)) {
            long id = idOf(extra, "negotiation_id");
            event.put("negotiation", refund.negotiations().stream().filter(n -> n.id() == id).findFirst()
                    .map(GenericJson::negotiation).orElseThrow(() -> missing("negotiation", id)));
        }
        return new GenericEvent(refund.terms().refundId(), null, type, (String) event.get("eventId"),
                json.writeValueAsBytes(event));
    }

    /** Complaint events carry the complaint and no after-sale. */
    GenericEvent complaint(String topic, ComplaintSnapshot complaint) {
        String type = GenericEventType.of(topic);
        Map<String, Object> event = envelope(type, complaint.shopId());
        event.put("complaint", GenericJson.complaint(complaint));
        return new GenericEvent(null, complaint.complaintId(), type, (String) event.get("eventId"),
                json.writeValueAsBytes(event));
    }

    private Map<String, Object> envelope(String type, String shopId) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("eventId", "evt-" + UUID.randomUUID().toString().replace("-", ""));
        event.put("type", type);
        event.put("shopId", shopId);
        event.put("occurredAt", GenericJson.time(clock.instant()));
        return event;
    }

    private static long idOf(Map<String, Object> extra, String key) {
        Object id = extra.get(key);
        if (!(id instanceof Number number)) {
            throw new IllegalArgumentException("the change names no " + key + ": " + extra);
        }
        return number.longValue();
    }

    private static IllegalStateException missing(String what, long id) {
        return new IllegalStateException("the snapshot holds no " + what + " " + id);
    }
}
