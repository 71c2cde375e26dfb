package com.refundpilot.platform.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.refundpilot.contracts.commands.AgreeRefund;
import com.refundpilot.contracts.envelope.Message;
import com.refundpilot.contracts.vocabulary.OrderRef;
import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.kit.outbox.AggregateStore;
import com.refundpilot.kit.testsupport.EmbeddedMongo;
import com.refundpilot.platform.PlatformAdapterApplication;
import com.refundpilot.platform.adapter.out.mongo.InboundMessageDocument;
import com.refundpilot.platform.adapter.out.mongo.ReconcileCursorStore;
import com.refundpilot.platform.application.reconcile.ReconcileMetrics;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * What every reconciliation IT against the REAL sandbox shares beyond {@link AdapterAgainstSandbox}: the sandbox
 * losing pushes through its {@code webhook-loss} control, the merchant's agree, waiting for sweeps and what they
 * told, and the lost pushes delivered late. A subclass names its platform and its sandbox, and calls
 * {@link #startSandbox} from its {@code @DynamicPropertySource}: the adapter on a port of its own (known before the
 * context starts), that platform's sweep on ({@code period} PT0.3S, {@code settle} PT1S, {@code overlap} PT30S, one
 * shop), and the sandbox up before it, so that the first sweep finds the platform up and its client's circuit
 * breaker stays closed.
 */
@SpringBootTest(classes = PlatformAdapterApplication.class, webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@EmbeddedKafka(partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
abstract class SandboxSweep extends AdapterAgainstSandbox {

    static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    AggregateStore store;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ReconcileMetrics metrics;
    @Autowired
    ReconcileCursorStore cursors;

    /** The platform swept. */
    abstract Platform platform();

    /**
     * For the subclass's {@code @DynamicPropertySource}: a fresh database, the sandbox up, the adapter on
     * {@code adapterPort} reading it, and the sweep of {@code platformKey} (its key in refundpilot.platforms) over
     * {@code shop}.
     */
    static void startSandbox(RealSandbox sandbox, DynamicPropertyRegistry registry, String platformKey, String shop,
            int adapterPort) {
        registry.add("spring.mongodb.uri", () -> EmbeddedMongo.freshUri("platform-reconcile-" + platformKey));
        sandbox.startPushingTo(adapterPort);
        registry.add("server.port", () -> adapterPort);
        String platform = "refundpilot.platforms." + platformKey;
        registry.add(platform + ".base-url", sandbox::apiBaseUrl);
        Map.of("enabled", "true", "period", "PT0.3S", "settle", "PT1S", "overlap", "PT30S", "initial-lookback",
                "PT10M", "shops", shop).forEach((key, value) -> registry.add(platform + ".reconcile." + key, () -> value));
    }

    static int freePort() {
        return RealSandbox.freePort();
    }

    @AfterEach
    void stopLosing() {
        sandbox().control("/webhook-loss", Map.of("dropNext", 0));
    }

    /** The merchant's agree at {@code platformVersion}, sent twice (a redelivered command): still one call. */
    void agreeTwice(OrderRef order, String refundId, long amountFen, long platformVersion, String ruleId) {
        String caseId = order.caseIdOf(refundId);
        AgreeRefund agree = new AgreeRefund(order, caseId, refundId, amountFen, false, platformVersion,
                caseId + ":AGREE_REFUND:" + platformVersion, ruleId, null);
        send(agree);
        send(agree);
    }

    /** Waits until the sweep has completed {@code runs} more runs: by then every window it listed was handled. */
    void awaitMoreSweeps(int runs) {
        double before = metrics.runs(platform(), "completed");
        await().atMost(WAIT).until(() -> metrics.runs(platform(), "completed") >= before + runs);
    }

    /** Waits until the shop's cursor is past {@code changed}, then two runs more (they list the overlap again). */
    void awaitSweptPast(Instant changed, String shop) {
        await().atMost(WAIT).until(() -> cursors.find(platform(), shop)
                .map(c -> c.getCoveredUntil() != null && c.getCoveredUntil().isAfter(changed)).orElse(false));
        awaitMoreSweeps(2);
    }

    /**
     * The sweep's stand-in messages about a refund (told or dropped): IDs {@code sweep:refundId:…}, or WeChat's
     * {@code sweep:refundId} and {@code sweep:refundId#state}.
     */
    List<InboundMessageDocument> sweepMessagesAbout(String refundId) {
        return mongo.find(new Query(Criteria.where("_id").regex("^" + platform() + ":sweep:" + refundId + "([:#]|$)")),
                InboundMessageDocument.class);
    }

    /** Every push the platform lost (there are some), delivered late now, each accepted (200) by the adapter. */
    List<Map<?, ?>> deliverHeldLate() {
        List<?> late = (List<?>) sandbox().control("/webhook-loss/deliver-held", Map.of()).get("pushes");
        List<Map<?, ?>> pushes = late.stream().<Map<?, ?>>map(Map.class::cast).toList();
        assertThat(pushes).isNotEmpty().allSatisfy(push -> assertThat(push.get("status")).as("late %s", push).isEqualTo(200));
        return pushes;
    }

    /** Each of {@code events} was published once about the refund, however often the sweeps and late pushes told it. */
    @SafeVarargs
    final void assertPublishedOnce(String refundId, Class<? extends Message>... events) {
        for (Class<? extends Message> event : events) {
            assertThat(refundEvents.about(event, refundId)).as(event.getSimpleName()).hasSize(1);
        }
    }
}
