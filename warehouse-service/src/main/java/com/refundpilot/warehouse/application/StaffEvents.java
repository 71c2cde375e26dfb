package com.refundpilot.warehouse.application;

import com.refundpilot.contracts.envelope.Envelope;
import com.refundpilot.contracts.envelope.Event;
import com.refundpilot.contracts.topics.MessageType;
import com.refundpilot.contracts.topics.MessageTypes;
import com.refundpilot.kit.outbox.OutboxMessage;
import com.refundpilot.kit.outbox.Outgoing;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Envelopes for events that staff records cause (no Kafka message caused them). A record that happens once
 * per case and parcel (arrival, inspection) gets an ID derived from that natural key, so even a re-derivation
 * is dropped by consumers; where the cause is known (the ExpectReturn in force) the event joins its chain.
 */
@Component
public class StaffEvents {

    private final Outgoing outgoing;
    private final Clock clock;

    public StaffEvents(Outgoing outgoing, Clock clock) {
        this.outgoing = outgoing;
        this.clock = clock;
    }

    /** {@code causeId} / {@code correlationId} may be null (no known cause: the event starts its own chain). */
    public OutboxMessage once(String naturalKey, Event event, String causeId, String correlationId) {
        String id = UUID.nameUUIDFromBytes(("warehouse-service:" + naturalKey).getBytes(StandardCharsets.UTF_8))
                .toString();
        return outgoing.toOutbox(envelope(id, event, causeId, correlationId));
    }

    /** An event of its own (a weighing: every one is a new fact). */
    public OutboxMessage fresh(Event event) {
        return outgoing.toOutbox(Envelope.first(event, outgoing.source(), clock.instant()));
    }

    private Envelope envelope(String id, Event event, String causeId, String correlationId) {
        MessageType type = MessageTypes.of(event.getClass());
        return new Envelope(id, type.name(), type.version(), outgoing.source(), event.subject(), clock.instant(),
                correlationId == null ? id : correlationId, causeId, event.order().key(), event);
    }
}
