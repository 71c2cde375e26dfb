package com.refundpilot.platform.adapter.out.mongo;

import com.refundpilot.kit.outbox.OutboxDocument;
import java.time.Instant;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One accepted platform message ({@code _id = platform:msgId}): de-duplicates redeliveries and holds the
 * canonical event it produced in its outbox, so accepting a message and publishing its event is one write.
 */
@Document("inbound_messages")
public class InboundMessageDocument extends OutboxDocument {

    private String topic;
    private String refundId;
    private Instant receivedAt;
    /** Why the message produced no event (unknown topic, not the buyer's message, …); null when it did. */
    private String dropReason;

    InboundMessageDocument() {
    }

    public InboundMessageDocument(String id, String topic, String refundId, Instant receivedAt) {
        super(id);
        this.topic = topic;
        this.refundId = refundId;
        this.receivedAt = receivedAt;
    }

    public String getTopic() {
        return topic;
    }

    public String getRefundId() {
        return refundId;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public void dropped(String reason) {
        this.dropReason = reason;
    }

    public String getDropReason() {
        return dropReason;
    }
}
