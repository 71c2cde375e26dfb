package com.refundpilot.launcher.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;

class EmbeddedMongoStoreTest {

    @TempDir
    Path tempDir;

    @Test
    void h2FileBackendKeepsDocumentsAcrossARestart() {
        Path file = tempDir.resolve("data").resolve(EmbeddedMongoStore.DEFAULT_FILE_NAME);
        EmbeddedMongoStore store = EmbeddedMongoStore.builder().port(0).file(file).build();

        store.start();
        try (MongoClient client = MongoClients.create(store.connectionString())) {
            assertThat(store.connectionString()).isEqualTo("mongodb://localhost:" + store.port());
            MongoCollection<Document> refunds = client.getDatabase("refunds").getCollection("refund_case");
            refunds.createIndex(Indexes.ascending("orderId"));
            List<Document> docs = new ArrayList<>();
            for (int i = 0; i < 25; i++) {
                docs.add(new Document("_id", "case-" + i).append("orderId", "o-" + i).append("amount", i * 100));
            }
            refunds.insertMany(docs);
            refunds.updateOne(Filters.eq("_id", "case-3"), new Document("$set", new Document("state", "REFUNDED")));
            client.getDatabase("warehouse").getCollection("inbound").insertOne(new Document("sku", "A-1"));
        } finally {
            store.stop();
        }
        assertThat(file).isRegularFile();
        store.stop(); // idempotent

        store.start(); // same file, possibly another free port
        try (MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> refunds = client.getDatabase("refunds").getCollection("refund_case");
            assertThat(refunds.countDocuments()).isEqualTo(25);
            assertThat(refunds.find(Filters.eq("_id", "case-3")).first())
                    .containsEntry("state", "REFUNDED").containsEntry("amount", 300);
            assertThat(refunds.find(Filters.eq("orderId", "o-7")).first()).containsEntry("_id", "case-7");
            assertThat(client.listDatabaseNames().into(new ArrayList<>())).contains("refunds", "warehouse");
            assertThat(client.getDatabase("warehouse").getCollection("inbound").countDocuments()).isEqualTo(1);
        } finally {
            store.close();
        }
    }

    @Test
    void inMemoryBackendLosesDocumentsOnStop() {
        EmbeddedMongoStore store = EmbeddedMongoStore.builder().port(0).inMemory().build();
        assertThat(store.isInMemory()).isTrue();
        store.start();
        try (MongoClient client = MongoClients.create(store.connectionString())) {
            client.getDatabase("refunds").getCollection("refund_case").insertOne(new Document("_id", "case-1"));
            assertThat(client.getDatabase("refunds").getCollection("refund_case").countDocuments()).isEqualTo(1);
            assertThatThrownBy(store::start).isInstanceOf(IllegalStateException.class);
        } finally {
            store.stop();
        }
        assertThat(store.isRunning()).isFalse();

        store.start();
        try (MongoClient client = MongoClients.create(store.connectionString())) {
            assertThat(client.getDatabase("refunds").getCollection("refund_case").countDocuments()).isZero();
        } finally {
            store.stop();
        }
    }

    @Test
    void aTakenPortFailsTheStartAndReleasesTheH2File() throws Exception {
        Path file = tempDir.resolve(EmbeddedMongoStore.DEFAULT_FILE_NAME);
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("localhost"))) {
            EmbeddedMongoStore store = EmbeddedMongoStore.builder().port(taken.getLocalPort()).file(file).build();
            assertThatThrownBy(store::start).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(String.valueOf(taken.getLocalPort()));
            assertThat(store.isRunning()).isFalse();
        }
        // the H2 file lock was released: the same file opens again
        try (EmbeddedMongoStore again = EmbeddedMongoStore.builder().port(0).file(file).build().start()) {
            assertThat(again.isRunning()).isTrue();
        }
    }

    @Test
    void defaultsAreLocalhost27017() {
        EmbeddedMongoStore store = EmbeddedMongoStore.builder().build();
        assertThat(store.connectionString()).isEqualTo("mongodb://localhost:27017");
        assertThat(store.isInMemory()).isTrue();
        store.stop(); // no-op when never started
    }
}
