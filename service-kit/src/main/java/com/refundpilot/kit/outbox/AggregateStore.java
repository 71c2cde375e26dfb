package com.refundpilot.kit.outbox;

import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Loads and saves aggregate documents. A save writes state, processed message IDs and outbox in one
 * document (optimistic locking through {@code @Version}), then hands the outbox to the relay.
 */
public class AggregateStore {

    private final MongoTemplate mongo;
    private final OutboxRelay relay;

    public AggregateStore(MongoTemplate mongo, OutboxRelay relay) {
        this.mongo = mongo;
        this.relay = relay;
    }

    public <T extends OutboxDocument> Optional<T> find(Class<T> type, String id) {
        return Optional.ofNullable(mongo.findById(id, type));
    }

    /**
     * Saves the document; throws {@link org.springframework.dao.OptimisticLockingFailureException} when
     * another writer got there first (the caller reloads and re-applies), or
     * {@link org.springframework.dao.DuplicateKeyException} when a new document's ID already exists.
     */
    public <T extends OutboxDocument> T save(T document) {
        document.dropPublished(relay::wasPublished);
        T saved = mongo.save(document);
        if (!saved.getOutbox().isEmpty()) {
            relay.relay(mongo.getCollectionName(saved.getClass()), saved.getId(), saved.getOutbox());
        }
        return saved;
    }
}
