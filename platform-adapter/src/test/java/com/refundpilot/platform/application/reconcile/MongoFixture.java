package com.refundpilot.platform.application.reconcile;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.refundpilot.kit.outbox.AggregateStore;
import com.refundpilot.kit.outbox.OutboxRelay;
import com.refundpilot.kit.testsupport.EmbeddedMongo;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.data.mongodb.core.MongoTemplate;

/** A fresh database on the shared in-memory Mongo-wire server, for tests of the stores without a Spring context. */
final class MongoFixture implements AutoCloseable {

    final MongoClient client;
    final MongoTemplate mongo;
    /** Nothing here has an outbox to publish: the relay only ever sees empty outboxes. */
    final AggregateStore store;

    MongoFixture() {
        String uri = EmbeddedMongo.freshUri("reconcile");
        client = MongoClients.create(uri);
        mongo = new MongoTemplate(client, uri.substring(uri.lastIndexOf('/') + 1));
        store = new AggregateStore(mongo, new OutboxRelay(mongo, null, new SimpleMeterRegistry()));
    }

    @Override
    public void close() {
        client.close();
    }
}
