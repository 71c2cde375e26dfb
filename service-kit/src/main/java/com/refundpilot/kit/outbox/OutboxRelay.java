package com.refundpilot.kit.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Publishes outbox messages and removes each from its document once Kafka has acknowledged it.
 * Right after a save it publishes at once (asynchronously, no {@code send().get()} on the hot path); a
 * periodic sweep republishes whatever a crash or a broker outage left behind. Delivery is at-least-once:
 * consumers drop repeats by envelope ID.
 */
public class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final int RECENTLY_PUBLISHED_KEPT = 10_000;

    private final MongoTemplate mongo;
    private final KafkaTemplate<String, String> kafka;
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    private final Set<String> recentlyPublished = ConcurrentHashMap.newKeySet();
    private final Counter published;
    private final Counter failed;

    public OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, String> kafka, MeterRegistry registry) {
        this.mongo = mongo;
        this.kafka = kafka;
        this.published = Counter.builder("refundpilot.outbox.published").register(registry);
        this.failed = Counter.builder("refundpilot.outbox.publish.failures").register(registry);
    }

    /** Publish the messages of one document, in order; each is removed from the document when acknowledged. */
    public void relay(String collection, String documentId, List<OutboxMessage> messages) {
        for (OutboxMessage message : messages) {
            if (recentlyPublished.contains(message.messageId())) {
                // Acknowledged already, but still in the document: a sweep read it just before the pull, or a
                // concurrent save wrote it back. Not sent again; just removed.
                removeFromOutbox(collection, documentId, message.messageId());
                continue;
            }
            if (!inFlight.add(message.messageId())) {
                continue;
            }
            CompletableFuture<?> sending;
            try {
                sending = kafka.send(message.topic(), message.key(), message.payload());
            } catch (RuntimeException e) {
                inFlight.remove(message.messageId());
                failed.increment();
                log.warn("outbox publish of {} to {} failed, the sweep will retry: {}", message.messageId(),
                        message.topic(), e.toString());
                continue;
            }
            sending.whenComplete((result, error) -> {
                try {
                    if (error == null) {
                        remember(message.messageId());
                        removeFromOutbox(collection, documentId, message.messageId());
                        published.increment();
                    } else {
                        failed.increment();
                        log.warn("outbox publish of {} to {} failed, the sweep will retry: {}",
                                message.messageId(), message.topic(), error.toString());
                    }
                } finally {
                    inFlight.remove(message.messageId());
                }
            });
        }
    }

    /** Republish everything still waiting in any outbox document: after a restart, an outage, a crash. */
    public void sweep() {
        for (String collection : outboxCollections()) {
            Query waiting = new Query(Criteria.where("outbox.0").exists(true));
            waiting.fields().include("outbox");
            for (Document document : mongo.find(waiting, Document.class, collection)) {
                List<OutboxMessage> messages = document.getList("outbox", Document.class).stream()
                        .map(m -> new OutboxMessage(m.getString("messageId"), m.getString("topic"),
                                m.getString("key"), m.getString("payload")))
                        .toList();
                relay(collection, String.valueOf(document.get("_id")), messages);
            }
        }
    }

    /** Messages already acknowledged by Kafka; a document about to be saved drops them from its outbox. */
    boolean wasPublished(String messageId) {
        return recentlyPublished.contains(messageId);
    }

    /** Number of messages being sent right now, for tests and the quiescence probe. */
    public int inFlight() {
        return inFlight.size();
    }

    private void remember(String messageId) {
        if (recentlyPublished.size() > RECENTLY_PUBLISHED_KEPT) {
            recentlyPublished.clear();
        }
        recentlyPublished.add(messageId);
    }

    private void removeFromOutbox(String collection, String documentId, String messageId) {
        mongo.updateFirst(new Query(Criteria.where("_id").is(documentId)),
                new Update().pull("outbox", new Document("messageId", messageId)), collection);
    }

    private Collection<String> outboxCollections() {
        return mongo.getConverter().getMappingContext().getPersistentEntities().stream()
                .filter(entity -> OutboxDocument.class.isAssignableFrom(entity.getType()))
                .map(MongoPersistentEntity::getCollection)
                .distinct()
                .toList();
    }
}
