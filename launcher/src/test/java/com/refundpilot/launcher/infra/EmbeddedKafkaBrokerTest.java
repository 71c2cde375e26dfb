package com.refundpilot.launcher.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedKafkaBrokerTest {

    private static final String TOPIC = "refund.events";
    private static final String GROUP = "refund-service";

    @TempDir
    Path tempDir;

    @Test
    void topicsRecordsAndCommittedOffsetsSurviveARestartOnTheSameDirectory() throws Exception {
        Path logDir = tempDir.resolve("kafka");
        List<String> produced = new ArrayList<>();
        String clusterId;

        try (EmbeddedKafkaBroker broker = freePortBroker().logDir(logDir).build().start()) {
            assertThat(broker.port()).isPositive().isNotEqualTo(EmbeddedKafkaBroker.DEFAULT_PORT);
            assertThat(broker.bootstrapServers()).isEqualTo("localhost:" + broker.port());
            assertThat(logDir.resolve("meta.properties")).exists();
            clusterId = broker.clusterId();

            try (Admin admin = admin(broker)) {
                admin.createTopics(List.of(new NewTopic(TOPIC, 3, (short) 1))).all().get();
            }
            produced.addAll(produce(broker, TOPIC, "order-", 30));

            try (KafkaConsumer<String, String> consumer = consumer(broker, GROUP)) {
                consumer.subscribe(List.of(TOPIC));
                List<String> consumed = pollUntil(consumer, 30);
                assertThat(consumed).containsExactlyInAnyOrderElementsOf(produced);
                consumer.commitSync();
            }
        }
        assertThat(logDir).isDirectory();

        // Restart on the same directory: other (free) ports, same cluster, same data.
        try (EmbeddedKafkaBroker broker = freePortBroker().logDir(logDir).build().start()) {
            assertThat(broker.clusterId()).isEqualTo(clusterId);
            try (Admin admin = admin(broker)) {
                TopicDescription topic = admin.describeTopics(List.of(TOPIC)).allTopicNames().get().get(TOPIC);
                assertThat(topic.partitions()).hasSize(3);

                Map<TopicPartition, OffsetAndMetadata> committed =
                        admin.listConsumerGroupOffsets(GROUP).partitionsToOffsetAndMetadata().get();
                assertThat(committed.keySet()).extracting(TopicPartition::topic).containsOnly(TOPIC);
                assertThat(committed.values().stream().mapToLong(OffsetAndMetadata::offset).sum()).isEqualTo(30);
            }

            // Every record is still there for a new group reading from the beginning.
            try (KafkaConsumer<String, String> fresh = consumer(broker, "auditor")) {
                fresh.subscribe(List.of(TOPIC));
                assertThat(pollUntil(fresh, 30)).containsExactlyInAnyOrderElementsOf(produced);
            }

            // The old group resumes after its committed offsets: it only sees what is produced now.
            List<String> late = produce(broker, TOPIC, "late-", 3);
            try (KafkaConsumer<String, String> resumed = consumer(broker, GROUP)) {
                resumed.subscribe(List.of(TOPIC));
                assertThat(pollUntil(resumed, 3)).containsExactlyInAnyOrderElementsOf(late);
            }
        }
    }

    @Test
    void inMemoryModeAutoCreatesTopicsWithThreePartitionsAndDeletesItsDirectoryOnStop() throws Exception {
        EmbeddedKafkaBroker broker = freePortBroker().inMemory().build();
        assertThat(broker.isInMemory()).isTrue();
        broker.start();
        Path logDir = broker.logDir();
        try {
            assertThat(broker.isRunning()).isTrue();
            assertThat(logDir).isDirectory();
            assertThatThrownBy(broker::start).isInstanceOf(IllegalStateException.class);

            produce(broker, "auto.created", "k-", 1);
            try (Admin admin = admin(broker)) {
                TopicDescription topic = admin.describeTopics(List.of("auto.created"))
                        .allTopicNames().get().get("auto.created");
                assertThat(topic.partitions()).hasSize(3);
            }
        } finally {
            broker.stop();
        }
        assertThat(broker.isRunning()).isFalse();
        assertThat(Files.exists(logDir)).isFalse();
        broker.stop(); // idempotent
        broker.close();
    }

    @Test
    void aTakenPortFailsTheStartWithoutKillingTheJvm() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("localhost"))) {
            EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().port(taken.getLocalPort()).build();
            assertThatThrownBy(broker::start).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("already in use");
            assertThat(broker.isRunning()).isFalse();
            assertThat(Files.exists(broker.logDir())).isFalse();
            broker.stop();
        }
    }

    @Test
    void defaultsAreLocalhost9092AndSingleNodeSettings() {
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().build();
        assertThat(broker.bootstrapServers()).isEqualTo("localhost:9092");
        assertThat(broker.isInMemory()).isTrue();
        assertThat(broker.isRunning()).isFalse();
        broker.stop(); // stopping a never-started broker is a no-op
        assertThatThrownBy(() -> EmbeddedKafkaBroker.builder().port(70_000))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static EmbeddedKafkaBroker.Builder freePortBroker() {
        return EmbeddedKafkaBroker.builder().port(0).controllerPort(0);
    }

    private static Admin admin(EmbeddedKafkaBroker broker) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()));
    }

    private static List<String> produce(EmbeddedKafkaBroker broker, String topic, String prefix, int count)
            throws Exception {
        List<String> values = new ArrayList<>();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 0),
                new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < count; i++) {
                String value = prefix + i;
                producer.send(new ProducerRecord<>(topic, "key-" + i, value)).get();
                values.add(value);
            }
        }
        return values;
    }

    private static KafkaConsumer<String, String> consumer(EmbeddedKafkaBroker broker, String group) {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, group,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new StringDeserializer());
    }

    /** Polls until exactly {@code expected} records arrived, then checks no extra record follows right away. */
    private static List<String> pollUntil(KafkaConsumer<String, String> consumer, int expected) {
        List<String> values = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(10)).untilAsserted(() -> {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                values.add(record.value());
            }
            assertThat(values).hasSizeGreaterThanOrEqualTo(expected);
        });
        Set<String> extra = new java.util.HashSet<>();
        consumer.poll(Duration.ofMillis(200)).forEach(r -> extra.add(r.value()));
        assertThat(extra).isEmpty();
        assertThat(values).doesNotHaveDuplicates().hasSize(expected);
        return values.stream().collect(Collectors.toList());
    }
}
