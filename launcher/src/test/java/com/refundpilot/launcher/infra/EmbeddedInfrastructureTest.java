package com.refundpilot.launcher.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

class EmbeddedInfrastructureTest {

    @TempDir
    Path tempDir;

    @Test
    void startsMongoAndKafkaUnderTheDataDirectoryAndStopsIdempotently() throws Exception {
        Path dataDir = tempDir.resolve("data");
        EmbeddedInfrastructure infra = EmbeddedInfrastructure.builder()
                .dataDir(dataDir).inMemory(false).kafkaPort(0).mongoPort(0).build();

        System.gc();
        long heapBefore = usedHeap();
        infra.start();
        System.gc();
        long heapAfter = usedHeap();
        try {
            System.out.printf("[embedded-infra] mongo start %d ms, kafka start %d ms; heap used after GC: "
                            + "%d MiB before start, %d MiB after start (+%d MiB); max heap %d MiB%n",
                    infra.mongoStartMillis(), infra.kafkaStartMillis(),
                    mib(heapBefore), mib(heapAfter), mib(heapAfter - heapBefore),
                    mib(Runtime.getRuntime().maxMemory()));

            assertThat(infra.isRunning()).isTrue();
            assertThat(infra.kafkaBootstrapServers()).startsWith("localhost:").doesNotEndWith(":0");
            assertThat(infra.mongoUri()).startsWith("mongodb://localhost:").doesNotEndWith(":0");
            assertThat(dataDir.resolve("kafka").resolve("meta.properties")).exists();
            assertThat(dataDir.resolve(EmbeddedMongoStore.DEFAULT_FILE_NAME)).exists();

            try (Admin admin = Admin.create(Map.of(
                    AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafkaBootstrapServers()))) {
                assertThat(admin.describeCluster().nodes().get()).hasSize(1);
            }
            try (MongoClient client = MongoClients.create(infra.mongoUri())) {
                Document ping = client.getDatabase("admin").runCommand(new Document("ping", 1));
                assertThat(ping.get("ok", Number.class).intValue()).isEqualTo(1);
            }
        } finally {
            infra.stopOnShutdown(); // registering then stopping removes the hook again
            infra.stop();
        }
        assertThat(infra.isRunning()).isFalse();
        infra.stop();
        infra.close();
        assertThat(Files.isDirectory(dataDir.resolve("kafka"))).isTrue();
    }

    @Test
    void inMemoryModeLeavesNothingInTheDataDirectory() {
        Path dataDir = tempDir.resolve("unused");
        try (EmbeddedInfrastructure infra = EmbeddedInfrastructure.builder()
                .dataDir(dataDir).inMemory(true).kafkaPort(0).mongoPort(0).build().start()) {
            assertThat(infra.isInMemory()).isTrue();
            assertThat(infra.mongo().isInMemory()).isTrue();
            assertThat(infra.kafka().isInMemory()).isTrue();
        }
        assertThat(dataDir).doesNotExist();
    }

    @Test
    void defaultsToDataDirectoryAndStandardPorts() {
        EmbeddedInfrastructure infra = new EmbeddedInfrastructure(EmbeddedInfrastructure.DEFAULT_DATA_DIR, false);
        assertThat(infra.dataDir()).isEqualTo(Path.of("data").toAbsolutePath());
        assertThat(infra.kafkaBootstrapServers()).isEqualTo("localhost:9092");
        assertThat(infra.mongoUri()).isEqualTo("mongodb://localhost:27017");
        infra.stop(); // never started: no-op
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static long mib(long bytes) {
        return bytes / (1024 * 1024);
    }
}
