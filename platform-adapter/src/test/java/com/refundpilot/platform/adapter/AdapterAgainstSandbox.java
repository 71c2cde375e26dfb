package com.refundpilot.platform.adapter;

import com.refundpilot.contracts.codec.EnvelopeCodec;
import com.refundpilot.contracts.envelope.Envelope;
import com.refundpilot.contracts.envelope.Message;
import com.refundpilot.contracts.topics.Topics;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;

/**
 * What an IT of the adapter's context (with {@code @EmbeddedKafka}) against the REAL sandbox shares: the sandbox
 * pushing to the adapter (started before the first test, once per class), the published events and action results
 * read from the beginning, and commands sent as refund-service would. A subclass names its sandbox (a static one,
 * stopped after the class) and registers a fresh database and the platform's base-url.
 */
abstract class AdapterAgainstSandbox {

    @Autowired
    EmbeddedKafkaBroker broker;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    Clock clock;
    @LocalServerPort
    int adapterPort;

    final EnvelopeCodec codec = new EnvelopeCodec();
    PublishedMessages refundEvents;
    PublishedMessages actionResults;

    /** The subclass's own sandbox (one per test class: it is stopped after the class). */
    abstract RealSandbox sandbox();

    @BeforeEach
    void startTheSandboxAndReadWhatIsPublished() {
        sandbox().startPushingTo(adapterPort);
        refundEvents = new PublishedMessages(broker.getBrokersAsString(), Topics.PLATFORM_REFUND_EVENTS);
        actionResults = new PublishedMessages(broker.getBrokersAsString(), Topics.PLATFORM_ACTION_RESULTS);
    }

    @AfterEach
    void closeReaders() {
        refundEvents.close();
        actionResults.close();
    }

    void send(Message command) {
        Envelope envelope = Envelope.first(command, "test", clock.instant());
        kafka.send(envelope.topic(), envelope.partitionKey(), codec.encode(envelope));
    }
}
