package com.refundpilot.kit.outbox;

import com.refundpilot.contracts.codec.EnvelopeCodec;
import com.refundpilot.contracts.envelope.Envelope;
import com.refundpilot.contracts.envelope.Message;
import java.time.Clock;

/** Wraps messages a service produces into envelopes (source = this service, time = its clock) and outbox entries. */
public class Outgoing {

    private final String source;
    private final Clock clock;
    private final EnvelopeCodec codec;

    public Outgoing(String source, Clock clock, EnvelopeCodec codec) {
        this.source = source;
        this.clock = clock;
        this.codec = codec;
    }

    /** A message caused by an incoming one (keeps the correlation chain). */
    public OutboxMessage causedBy(Envelope cause, Message data) {
        return toOutbox(Envelope.causedBy(cause, data, source, clock.instant()));
    }

    /** A message with an ID derived from a natural key, so producing it twice yields one ID. */
    public OutboxMessage withNaturalId(String naturalKey, Message data, Envelope cause) {
        return toOutbox(Envelope.withNaturalId(naturalKey, data, source, clock.instant(), cause));
    }

    public OutboxMessage toOutbox(Envelope envelope) {
        return new OutboxMessage(envelope.id(), envelope.topic(), envelope.partitionKey(), codec.encode(envelope));
    }

    public String source() {
        return source;
    }
}
