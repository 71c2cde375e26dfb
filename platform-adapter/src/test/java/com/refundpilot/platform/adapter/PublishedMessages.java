package com.refundpilot.platform.adapter;

import static org.awaitility.Awaitility.await;

import com.refundpilot.contracts.codec.EnvelopeCodec;
import com.refundpilot.contracts.envelope.Envelope;
import com.refundpilot.contracts.envelope.Message;
import com.refundpilot.kit.testsupport.TopicReader;
import java.time.Duration;
import java.util.List;

/** What the adapter has published to one topic, read from the beginning and decoded, for assertions. */
final class PublishedMessages implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private final EnvelopeCodec codec = new EnvelopeCodec();
    private final TopicReader reader;

    PublishedMessages(String bootstrapServers, String topic) {
        reader = new TopicReader(bootstrapServers, topic);
    }

    List<Message> all() {
        return reader.values().stream().map(codec::decode).map(Envelope::data).toList();
    }

    /** The messages of this type about one refund or complaint (their subject ends with its ID). */
    <T extends Message> List<T> about(Class<T> type, String id) {
        return all().stream().filter(type::isInstance).map(type::cast).filter(m -> m.subject().endsWith(":" + id))
                .toList();
    }

    /** The envelope of the first such message (its time, its causation). */
    <T extends Message> Envelope envelopeOf(Class<T> type, String id) {
        return reader.values().stream().map(codec::decode).filter(e -> type.isInstance(e.data()))
                .filter(e -> e.data().subject().endsWith(":" + id)).findFirst().orElseThrow();
    }

    /** The first such message, once there is one. */
    <T extends Message> T awaitOne(Class<T> type, String id) {
        await().atMost(WAIT).until(() -> !about(type, id).isEmpty());
        return about(type, id).get(0);
    }

    @Override
    public void close() {
        reader.close();
    }
}
