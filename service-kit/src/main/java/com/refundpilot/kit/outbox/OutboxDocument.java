package com.refundpilot.kit.outbox;

import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/**
 * Base of every aggregate document. The aggregate's state, the IDs of the messages it has processed and
 * the messages it must publish are saved in ONE document write, so a crash can neither lose an event nor
 * apply a message twice (the store has no multi-document transactions). {@link OutboxRelay} publishes
 * the outbox and removes what Kafka acknowledged.
 */
public abstract class OutboxDocument {

    /** Enough to recognise redeliveries: Kafka redelivers recent records, not old ones. */
    static final int PROCESSED_IDS_KEPT = 500;

    @Id
    private String id;

    @Version
    private Long version;

    private List<OutboxMessage> outbox = new ArrayList<>();

    private List<String> processedMessageIds = new ArrayList<>();

    protected OutboxDocument() {
    }

    protected OutboxDocument(String id) {
        this.id = id;
    }

    public String getId() {
        return id;
    }

    public Long getVersion() {
        return version;
    }

    public List<OutboxMessage> getOutbox() {
        return outbox;
    }

    public boolean alreadyProcessed(String messageId) {
        return processedMessageIds.contains(messageId);
    }

    public void markProcessed(String messageId) {
        processedMessageIds.add(messageId);
        if (processedMessageIds.size() > PROCESSED_IDS_KEPT) {
            processedMessageIds.subList(0, processedMessageIds.size() - PROCESSED_IDS_KEPT).clear();
        }
    }

    public void enqueue(OutboxMessage message) {
        outbox.add(message);
    }

    void dropPublished(java.util.function.Predicate<String> published) {
        outbox.removeIf(message -> published.test(message.messageId()));
    }
}
