package com.refundpilot.kit.outbox;

/** An encoded envelope waiting, inside its aggregate's document, to be published to Kafka. */
public record OutboxMessage(String messageId, String topic, String key, String payload) {
}
