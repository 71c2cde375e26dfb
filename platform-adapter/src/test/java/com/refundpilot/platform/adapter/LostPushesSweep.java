package com.refundpilot.platform.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.refundpilot.contracts.codec.EnvelopeCodec;
import com.refundpilot.contracts.envelope.Envelope;
import com.refundpilot.contracts.envelope.Message;
import com.refundpilot.contracts.events.RefundRequested;
import com.refundpilot.contracts.events.ReturnShipped;
import com.refundpilot.contracts.topics.Topics;
import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.kit.outbox.AggregateStore;
import com.refundpilot.platform.adapter.out.mongo.InboundMessageDocument;
import com.refundpilot.platform.adapter.out.mongo.ReconcileCursorStore;
import com.refundpilot.platform.application.reconcile.ReconcileMetrics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * What the reconciliation ITs of a platform whose every push the REAL sandbox loses share: the sandbox (pushing to
 * the adapter under test; every push lost through its {@code webhook-loss} control), the published events and action results, the
 * commands sent as refund-service would, and waiting for sweeps. A subclass names its platform and starts its
 * context on a port of its own, known before the context starts, with that platform's sweep on ({@code period} PT0.3S, {@code settle} PT1S, shop
 * {@code shop-1}), the sandbox started by {@link #startSandbox} before it: the first sweep finds the platform up, so
 * its client's circuit breaker stays closed. The test here runs for each: when every push arrives, the sweeps that
 * list its changes tell nothing.
 */
abstract class LostPushesSweep {

    static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    EmbeddedKafkaBroker broker;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    AggregateStore store;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ReconcileMetrics metrics;
    @Autowired
    ReconcileCursorStore cursors;
    @Autowired
    Clock clock;

    private final EnvelopeCodec codec = new EnvelopeCodec();
    PublishedMessages refundEvents;
    PublishedMessages actionResults;

    /** The platform swept. */
    abstract Platform platform();

    /** The subclass's own sandbox (one per test class: it is stopped after the class). */
    abstract TaobaoSandbox sandbox();

    /** Its segment in {@code /sandbox/platforms/{path}}. */
    abstract String path();

    @BeforeEach
    void startLosingEveryPush() {
        refundEvents = new PublishedMessages(broker.getBrokersAsString(), Topics.PLATFORM_REFUND_EVENTS);
        actionResults = new PublishedMessages(broker.getBrokersAsString(), Topics.PLATFORM_ACTION_RESULTS);
        control("/webhook-loss", Map.of("dropNext", 1000));
    }

    @AfterEach
    void stopLosing() {
        control("/webhook-loss", Map.of("dropNext", 0));
        refundEvents.close();
        actionResults.close();
    }

    /** For the subclass's {@code @DynamicPropertySource}: the sandbox up, the adapter on its port and reading it. */
    static void startSandbox(TaobaoSandbox sandbox, DynamicPropertyRegistry registry, String platformKey,
            int adapterPort) {
        sandbox.startPushingTo(adapterPort);
        registry.add("server.port", () -> adapterPort);
        registry.add("refundpilot.platforms." + platformKey + ".base-url", sandbox::baseUrl);
    }

    @Test
    void whenEveryPushArrivesTheSweepsThatListItsChangesTellNothing() {
        control("/webhook-loss", Map.of("dropNext", 0));
        String refundId = "OK-" + UUID.randomUUID().toString().substring(0, 6);
        assertThat(buyerOpens(refundId, "RETURN_AND_REFUND").get("pushes")).isEqualTo(List.of(200));
        refundEvents.awaitOne(RefundRequested.class, refundId);
        assertThat(buyerShipsTheReturn(refundId).get("pushes")).isEqualTo(List.of(200));
        ReturnShipped shipped = refundEvents.awaitOne(ReturnShipped.class, refundId);

        awaitSweptPast(shipped.shippedAt());

        assertThat(toldBySweep(refundId)).isEmpty();
        assertThat(refundEvents.about(RefundRequested.class, refundId)).hasSize(1);
        assertThat(refundEvents.about(ReturnShipped.class, refundId)).hasSize(1);
    }

    /** A POST to the platform's control API, {@code path} below /sandbox/platforms/{path}. */
    Map<?, ?> control(String path, Object body) {
        return sandbox().api().post().uri("/sandbox/platforms/" + path() + path).contentType(MediaType.APPLICATION_JSON)
                .body(body).retrieve().body(Map.class);
    }

    /** The platform's own view (the oracle). */
    Map<?, ?> read(String path) {
        return sandbox().api().get().uri("/sandbox/platforms/" + path() + path).retrieve().body(Map.class);
    }

    Map<?, ?> buyerOpens(String refundId, String type) {
        return control("/refunds", Map.of("shopId", "shop-1", "orderId", "T-" + refundId, "refundId", refundId,
                "type", type, "reason", "不想要了", "amountFen", 59900, "orderPaidFen", 59900, "deadlineIn", "PT72H"));
    }

    Map<?, ?> buyerShipsTheReturn(String refundId) {
        return control("/refunds/" + refundId + "/return-shipment", Map.of("carrier", "SF", "trackingNo",
                "SF-" + refundId));
    }

    void send(Message command) {
        Envelope envelope = Envelope.first(command, "test", clock.instant());
        kafka.send(envelope.topic(), envelope.partitionKey(), codec.encode(envelope));
    }

    /** Waits until the sweep has completed {@code runs} more runs: by then every window it listed was handled. */
    void awaitMoreSweeps(int runs) {
        double before = metrics.runs(platform(), "completed");
        await().atMost(WAIT).until(() -> metrics.runs(platform(), "completed") >= before + runs);
    }

    /** Waits until the shop's cursor is past {@code changed}, then two runs more (they list the overlap again). */
    void awaitSweptPast(Instant changed) {
        await().atMost(WAIT).until(() -> cursors.find(platform(), "shop-1")
                .map(c -> c.getCoveredUntil() != null && c.getCoveredUntil().isAfter(changed)).orElse(false));
        awaitMoreSweeps(2);
    }

    /** The sweep's stand-in messages about a refund that stood for events (not dropped), by topic. */
    List<String> toldBySweep(String refundId) {
        return mongo.find(new Query(Criteria.where("_id").regex("^" + platform() + ":sweep:" + refundId + ":")),
                InboundMessageDocument.class).stream().filter(m -> m.getDropReason() == null)
                .map(InboundMessageDocument::getTopic).toList();
    }

    /**
     * Delivers every push the platform lost, late: each is accepted (200) and kept as told already by the sweep's
     * stand-in, publishing nothing. Answers how many were delivered.
     */
    int deliverTheLostPushesLate() {
        List<?> late = (List<?>) control("/webhook-loss/deliver-held", Map.of()).get("pushes");
        for (Object push : late) {
            Map<?, ?> delivered = (Map<?, ?>) push;
            assertThat(delivered.get("status")).as("late %s", delivered).isEqualTo(200);
            InboundMessageDocument kept = store.find(InboundMessageDocument.class,
                    platform() + ":" + delivered.get("msgId")).orElseThrow();
            assertThat(kept.getDropReason()).as("late %s", delivered).startsWith("already told by message "
                    + platform() + ":sweep:");
            assertThat(kept.getOutbox()).isEmpty();
        }
        return late.size();
    }

    static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
