package com.refundpilot.platform.application.webhook;

import com.refundpilot.contracts.envelope.Event;
import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.kit.logging.Pii;
import com.refundpilot.kit.outbox.AggregateStore;
import com.refundpilot.kit.outbox.Outgoing;
import com.refundpilot.platform.adapter.out.mongo.InboundMessageDocument;
import com.refundpilot.platform.domain.Normalized;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Stores each platform message once, with its canonical events, in one write (the outbox inside the document):
 * {@code _id = PLATFORM:messageId}, so a redelivery — now, or days later — is a duplicate that changes nothing.
 * Answering 2xx only after that write is what lets the platform's redelivery cover our failures. A message that
 * maps to nothing is kept with its reason, so its redelivery is a duplicate too.
 */
@Service
public class InboundMessages {

    private static final Logger log = LoggerFactory.getLogger(InboundMessages.class);

    private final AggregateStore store;
    private final Outgoing outgoing;

    public InboundMessages(AggregateStore store, Outgoing outgoing) {
        this.store = store;
        this.outgoing = outgoing;
    }

    private boolean seen(Platform platform, String messageId) {
        return store.find(InboundMessageDocument.class, documentId(platform, messageId)).isPresent();
    }

    /**
     * Stores the message unless it was stored before; {@code normalize} runs only for a new one (it may ask the
     * platform). Tells whether the message was new, and whether it stood for any event.
     */
    public PushOutcome storeOnce(Platform platform, String messageId, String topic, String subject,
            Supplier<Normalized> normalize, Instant now) {
        if (seen(platform, messageId)) {
            return PushOutcome.REDELIVERY;
        }
        Normalized normalized = normalize.get();
        String documentId = documentId(platform, messageId);
        var document = new InboundMessageDocument(documentId, topic, subject, now);
        List<Event> events = normalized.events();
        for (int i = 0; i < events.size(); i++) {
            // One natural ID per event of the message: a re-derivation after a crash yields the same IDs.
            document.enqueue(outgoing.withNaturalId(i == 0 ? documentId : documentId + "#" + i, events.get(i), null));
        }
        if (events.isEmpty()) {
            document.dropped(normalized.dropReason());
            log.info("{} message {} for {} dropped: {}", topic, messageId, subject, Pii.mask(normalized.dropReason()));
        }
        try {
            store.save(document);
        } catch (DuplicateKeyException concurrentRedelivery) {
            return PushOutcome.REDELIVERY;
        }
        return events.isEmpty() ? PushOutcome.DROPPED : PushOutcome.PUBLISHED;
    }

    /** The stored message's {@code _id}: the platform's message ID is unique per platform only. */
    public static String documentId(Platform platform, String messageId) {
        return platform + ":" + messageId;
    }
}
