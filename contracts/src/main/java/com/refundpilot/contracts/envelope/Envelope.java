package com.refundpilot.contracts.envelope;

import com.refundpilot.contracts.topics.MessageTypes;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * CloudEvents-shaped envelope around every message on Kafka. {@code type} is the logical name from
 * {@link MessageTypes}; {@code partitionKey} is the Kafka key ({@code platform:shopId:orderId}).
 */
public record Envelope(
        String id,
        String type,
        int version,
        String source,
        String subject,
        Instant time,
        String correlationId,
        String causationId,
        String partitionKey,
        Message data) {

    public Envelope {
        requireText(id, "id");
        requireText(type, "type");
        requireText(source, "source");
        requireText(partitionKey, "partitionKey");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(data, "data");
        if (version < 1) {
            throw new IllegalArgumentException("version must be >= 1");
        }
    }

    /** A new message that starts a conversation (correlation = its own ID). */
    public static Envelope first(Message data, String source, Instant time) {
        String id = UUID.randomUUID().toString();
        return create(id, data, source, time, id, null);
    }

    /** A new message caused by {@code cause}: keeps the correlation ID, points back at the cause. */
    public static Envelope causedBy(Envelope cause, Message data, String source, Instant time) {
        return create(UUID.randomUUID().toString(), data, source, time, cause.correlationId(), cause.id());
    }

    /**
     * A message whose ID is derived from a natural key (a platform message ID, a timer firing), so that
     * producing it twice yields the same ID and consumers drop the repeat.
     */
    public static Envelope withNaturalId(String naturalKey, Message data, String source, Instant time, Envelope cause) {
        String id = UUID.nameUUIDFromBytes(naturalKey.getBytes(StandardCharsets.UTF_8)).toString();
        String correlation = cause == null ? id : cause.correlationId();
        return create(id, data, source, time, correlation, cause == null ? null : cause.id());
    }

    private static Envelope create(String id, Message data, String source, Instant time, String correlationId,
            String causationId) {
        var type = MessageTypes.of(data.getClass());
        return new Envelope(id, type.name(), type.version(), source, data.subject(), time, correlationId,
                causationId, data.order().key(), data);
    }

    public String topic() {
        return MessageTypes.of(data.getClass()).topic();
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }
}
