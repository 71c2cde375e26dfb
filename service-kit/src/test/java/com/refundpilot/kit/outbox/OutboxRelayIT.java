package com.refundpilot.kit.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.refundpilot.contracts.envelope.Envelope;
import com.refundpilot.contracts.topics.Topics;
import com.refundpilot.kit.KitTestApplication;
import com.refundpilot.kit.KitTestApplication.TallyDocument;
import com.refundpilot.kit.testsupport.EmbeddedMongo;
import com.refundpilot.kit.testsupport.SampleMessages;
import com.refundpilot.kit.testsupport.TopicReader;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * The outbox against a real KRaft broker and the Mongo wire protocol, including a service that stops
 * between writing its state change and publishing the events: they are published after the restart, once.
 */
class OutboxRelayIT {

    private static EmbeddedKafkaKraftBroker kafka;

    @BeforeAll
    static void startBroker() {
        kafka = new EmbeddedKafkaKraftBroker(1, 1);
        kafka.afterPropertiesSet();
    }

    @AfterAll
    static void stopBroker() {
        kafka.destroy();
    }

    private static ConfigurableApplicationContext startService(String mongoUri) {
        return startService(mongoUri, "PT0.1S");
    }

    private static ConfigurableApplicationContext startService(String mongoUri, String sweepInterval) {
        return new SpringApplicationBuilder(KitTestApplication.class)
                .properties("spring.application.name=kit-test", "server.port=0",
                        "spring.kafka.bootstrap-servers=" + kafka.getBrokersAsString(),
                        "spring.mongodb.uri=" + mongoUri,
                        "refundpilot.outbox.sweep-interval=" + sweepInterval)
                .run();
    }

    @Test
    void savedEventsArePublishedAndRemovedFromTheDocument() {
        String mongoUri = EmbeddedMongo.freshUri("outbox");
        try (var service = startService(mongoUri);
                var reader = new TopicReader(kafka.getBrokersAsString(), Topics.REFUND_CASE_EVENTS)) {
            var store = service.getBean(AggregateStore.class);
            var outgoing = service.getBean(Outgoing.class);
            var tally = new TallyDocument("tally-live");
            tally.increment();
            OutboxMessage message = outgoing.toOutbox(Envelope.first(SampleMessages.decided("NS-1"), "kit-test",
                    Instant.parse("2026-11-11T02:00:00Z")));
            tally.enqueue(message);

            store.save(tally);

            await().atMost(Duration.ofSeconds(20)).until(() -> reader.values().contains(message.payload()));
            await().atMost(Duration.ofSeconds(10)).until(() ->
                    store.find(TallyDocument.class, "tally-live").orElseThrow().getOutbox().isEmpty());
            assertThat(store.find(TallyDocument.class, "tally-live").orElseThrow().getCount()).isEqualTo(1);
        }
    }

    @Test
    void anAcknowledgedMessageWrittenBackByAConcurrentSaveIsRemovedNotSentAgain() {
        String mongoUri = EmbeddedMongo.freshUri("outbox-resurrected");
        try (var service = startService(mongoUri);
                var reader = new TopicReader(kafka.getBrokersAsString(), Topics.REFUND_CASE_EVENTS)) {
            var store = service.getBean(AggregateStore.class);
            var tally = new TallyDocument("tally-race");
            OutboxMessage message = service.getBean(Outgoing.class).toOutbox(Envelope.first(
                    SampleMessages.decided("NS-3"), "kit-test", Instant.parse("2026-11-11T02:00:00Z")));
            tally.enqueue(message);
            store.save(tally);
            await().atMost(Duration.ofSeconds(20)).until(() -> reader.values().contains(message.payload()));
            await().atMost(Duration.ofSeconds(20)).until(() ->
                    store.find(TallyDocument.class, "tally-race").orElseThrow().getOutbox().isEmpty());

            // A writer that loaded the document before the pull saves it back with the message in it.
            var stale = store.find(TallyDocument.class, "tally-race").orElseThrow();
            stale.enqueue(message);
            service.getBean(MongoTemplate.class).save(stale);

            await().atMost(Duration.ofSeconds(20)).until(() ->
                    store.find(TallyDocument.class, "tally-race").orElseThrow().getOutbox().isEmpty());
            assertThat(reader.values().stream().filter(message.payload()::equals)).hasSize(1);
        }
    }

    @Test
    void eventsWrittenButNotPublishedBeforeAStopArePublishedAfterRestartExactlyOnce() {
        String mongoUri = EmbeddedMongo.freshUri("outbox-restart");
        OutboxMessage message;
        try (var service = startService(mongoUri, "PT1H")) {
            // The state change and its event are written in one document; the process "dies" before the
            // relay runs: we write with the plain template, as a kill -9 right after the write would leave it.
            var outgoing = service.getBean(Outgoing.class);
            var tally = new TallyDocument("tally-crash");
            tally.increment();
            message = outgoing.toOutbox(Envelope.first(SampleMessages.decided("NS-2"), "kit-test",
                    Instant.parse("2026-11-11T02:00:00Z")));
            tally.enqueue(message);
            service.getBean(MongoTemplate.class).save(tally);
            service.getBean(OutboxRelay.class); // relay exists but was never told about this write
        }

        try (var reader = new TopicReader(kafka.getBrokersAsString(), Topics.REFUND_CASE_EVENTS)) {
            assertThat(reader.values()).doesNotContain(message.payload());

            try (var restarted = startService(mongoUri)) {
                var store = restarted.getBean(AggregateStore.class);
                await().atMost(Duration.ofSeconds(20)).until(() -> reader.values().contains(message.payload()));
                await().atMost(Duration.ofSeconds(10)).until(() ->
                        store.find(TallyDocument.class, "tally-crash").orElseThrow().getOutbox().isEmpty());
            }
            try (var again = startService(mongoUri)) {
                // A further restart finds an empty outbox: a full sweep later, still exactly one copy.
                again.getBean(OutboxRelay.class).sweep();
                await().pollDelay(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5))
                        .until(() -> again.getBean(OutboxRelay.class).inFlight() == 0);
            }
            assertThat(reader.values().stream().filter(message.payload()::equals)).hasSize(1);
        }
    }
}
