package com.refundpilot.kit.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.refundpilot.contracts.codec.EnvelopeCodec;
import com.refundpilot.contracts.envelope.Envelope;
import com.refundpilot.contracts.topics.Topics;
import com.refundpilot.kit.KitTestApplication;
import com.refundpilot.kit.KitTestApplication.RecordingListener;
import com.refundpilot.kit.testsupport.EmbeddedMongo;
import com.refundpilot.kit.testsupport.SampleMessages;
import com.refundpilot.kit.testsupport.TopicReader;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A poison record goes to the dead-letter topic with its reason; the consumer carries on with the next. */
@SpringBootTest(classes = KitTestApplication.class, properties = {"spring.application.name=kit-dlt-test",
        "server.port=0"})
@EmbeddedKafka(partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
class DeadLetterIT {

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> EmbeddedMongo.freshUri("dlt"));
    }

    @Autowired
    KafkaTemplate<String, String> template;
    @Autowired
    RecordingListener listener;
    @Autowired
    EmbeddedKafkaBroker broker;
    @Autowired
    MeterRegistry registry;

    @Test
    void malformedAndInvalidRecordsAreDeadLetteredWithReasonAndTheConsumerContinues() {
        var codec = new EnvelopeCodec();
        String valid = codec.encode(Envelope.first(SampleMessages.notifyBuyer(), "test",
                Instant.parse("2026-11-11T02:00:00Z")));
        String invalidField = valid.replace("\"refundId\":\"R1\",", "");

        template.send(Topics.NOTIFICATION_COMMANDS, "k", "{this is not json");
        template.send(Topics.NOTIFICATION_COMMANDS, "k", invalidField);
        template.send(Topics.NOTIFICATION_COMMANDS, "k", valid);

        try (var dlt = new TopicReader(broker.getBrokersAsString(), Topics.deadLetterOf(Topics.NOTIFICATION_COMMANDS))) {
            await().atMost(Duration.ofSeconds(30)).until(() -> dlt.records().size() == 2);
            var records = dlt.records();
            assertThat(records).extracting(ConsumerRecord::value).containsExactly("{this is not json", invalidField);
            assertThat(reason(records.get(0))).contains("malformed JSON");
            assertThat(reason(records.get(1))).contains("refundId");
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> listener.applied.size() == 1);
        assertThat(listener.applied.get(0).data()).isEqualTo(SampleMessages.notifyBuyer());
        assertThat(registry.get("refundpilot.dlt.messages").tag("topic", Topics.NOTIFICATION_COMMANDS).counter()
                .count()).isEqualTo(2.0);
        assertThat(registry.get("refundpilot.dlt.messages").tag("topic", Topics.WAREHOUSE_EVENTS).counter()
                .count()).isZero();
    }

    private static String reason(ConsumerRecord<String, String> record) {
        return new String(record.headers().lastHeader(DeadLetterConfiguration.REASON_HEADER).value(),
                StandardCharsets.UTF_8);
    }
}
