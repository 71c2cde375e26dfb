package com.refundpilot.platform.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.refundpilot.contracts.codec.EnvelopeCodec;
import com.refundpilot.contracts.commands.AgreeRefund;
import com.refundpilot.contracts.envelope.Envelope;
import com.refundpilot.contracts.events.PlatformActionSucceeded;
import com.refundpilot.contracts.events.PlatformRefundSettled;
import com.refundpilot.contracts.events.RefundRequested;
import com.refundpilot.contracts.topics.Topics;
import com.refundpilot.contracts.vocabulary.OrderRef;
import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.kit.outbox.AggregateStore;
import com.refundpilot.kit.testsupport.EmbeddedMongo;
import com.refundpilot.platform.PlatformAdapterApplication;
import com.refundpilot.platform.adapter.out.mongo.InboundMessageDocument;
import com.refundpilot.platform.application.reconcile.ReconcileMetrics;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Douyin end to end against the REAL sandbox, which loses every push here (its webhook-loss control): the
 * reconciliation sweep over {@code afterSale/List} tells each change once — the request, and after the merchant's
 * agree (sent once as afterSale/operate) the payment. Further sweeps over overlapping windows tell nothing more, and
 * the lost batches delivered late are accepted and publish nothing.
 */
@SpringBootTest(classes = PlatformAdapterApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"refundpilot.platforms.douyin.reconcile.enabled=true",
                "refundpilot.platforms.douyin.reconcile.period=PT0.3S",
                "refundpilot.platforms.douyin.reconcile.settle=PT1S",
                "refundpilot.platforms.douyin.reconcile.overlap=PT30S",
                "refundpilot.platforms.douyin.reconcile.initial-lookback=PT10M",
                "refundpilot.platforms.douyin.reconcile.shops=shop-dy"})
@EmbeddedKafka(partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
class DouyinReconcileIT {

    private static final DouyinSandbox SANDBOX = new DouyinSandbox();
    private static final Duration WAIT = Duration.ofSeconds(30);

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> EmbeddedMongo.freshUri("platform-douyin-reconcile"));
        registry.add("refundpilot.platforms.douyin.base-url", SANDBOX::apiBaseUrl);
    }

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
    Clock clock;
    @LocalServerPort
    int adapterPort;

    private final EnvelopeCodec codec = new EnvelopeCodec();
    private PublishedMessages refundEvents;
    private PublishedMessages actionResults;

    @BeforeEach
    void setUp() {
        SANDBOX.startPushingTo(adapterPort);
        refundEvents = new PublishedMessages(broker.getBrokersAsString(), Topics.PLATFORM_REFUND_EVENTS);
        actionResults = new PublishedMessages(broker.getBrokersAsString(), Topics.PLATFORM_ACTION_RESULTS);
    }

    @AfterEach
    void close() {
        SANDBOX.control("/webhook-loss", Map.of("dropNext", 0));
        refundEvents.close();
        actionResults.close();
    }

    @AfterAll
    static void stopSandbox() {
        SANDBOX.stop();
    }

    @Test
    void lostPushesAreToldOnceByTheSweepTheAgreeReachesThePlatformOnceAndLatePushesTellNothing() {
        SANDBOX.control("/webhook-loss", Map.of("dropNext", 1000));
        Map<?, ?> opened = SANDBOX.control("/refunds", Map.of("shopId", "shop-dy", "orderId", "T-DY-R1",
                "refundId", "DY-R1", "type", "REFUND_ONLY", "reason", "不想要了", "amountFen", 25900, "quantity", 1,
                "orderPaidFen", 25900, "deadlineIn", "PT72H"));
        assertThat(opened.get("pushes")).as("the push was lost").isEqualTo(List.of(0));

        RefundRequested requested = refundEvents.awaitOne(RefundRequested.class, "DY-R1");
        assertThat(requested.amountFen()).isEqualTo(25900);
        assertThat(requested.platformVersion()).as("update_time").isGreaterThan(0);

        OrderRef order = requested.order();
        String caseId = order.caseIdOf("DY-R1");
        AgreeRefund agree = new AgreeRefund(order, caseId, "DY-R1", 25900, false, requested.platformVersion(),
                caseId + ":AGREE_REFUND:" + requested.platformVersion(), "NS-1", null);
        send(agree);
        send(agree); // a redelivered command: still one call
        actionResults.awaitOne(PlatformActionSucceeded.class, "DY-R1");
        PlatformRefundSettled settled = refundEvents.awaitOne(PlatformRefundSettled.class, "DY-R1");
        assertThat(settled.refundedFen()).isEqualTo(25900);
        assertThat((List<?>) SANDBOX.read("/refunds/DY-R1").get("actions")).hasSize(1);
        assertThat(SANDBOX.calls("afterSale.operate")).isEqualTo(1);
        assertThat(sweepMessagesAbout("DY-R1")).extracting(InboundMessageDocument::getTopic)
                .containsExactlyInAnyOrder("200", "206");

        awaitMoreSweeps(3); // each lists DY-R1's changes again (the overlap): nothing more
        List<?> late = (List<?>) SANDBOX.control("/webhook-loss/deliver-held", Map.of()).get("pushes");
        assertThat(late).isNotEmpty().map(Map.class::cast).allSatisfy(push -> assertThat(push.get("status"))
                .isEqualTo(200));
        String lateRequest = late.stream().map(Map.class::cast)
                .filter(push -> "doudian_refund_RefundCreated".equals(push.get("topic")))
                .map(push -> push.get("msgId").toString()).findFirst().orElseThrow();
        assertThat(store.find(InboundMessageDocument.class, "DOUYIN:" + lateRequest).orElseThrow().getDropReason())
                .startsWith("already told by message DOUYIN:sweep:DY-R1:");
        awaitMoreSweeps(2);

        assertThat(refundEvents.about(RefundRequested.class, "DY-R1")).hasSize(1);
        assertThat(refundEvents.about(PlatformRefundSettled.class, "DY-R1")).hasSize(1);
        assertThat(actionResults.about(PlatformActionSucceeded.class, "DY-R1")).hasSize(1);
        assertThat(metrics.recovered(Platform.DOUYIN)).isGreaterThanOrEqualTo(2);
    }

    private List<InboundMessageDocument> sweepMessagesAbout(String afterSaleId) {
        return mongo.find(new Query(Criteria.where("_id").regex("^DOUYIN:sweep:" + afterSaleId + ":")),
                InboundMessageDocument.class);
    }

    /** Waits until the sweep has completed {@code runs} more runs: by then every window it listed saw the refund. */
    private void awaitMoreSweeps(int runs) {
        double before = metrics.runs(Platform.DOUYIN, "completed");
        await().atMost(WAIT).until(() -> metrics.runs(Platform.DOUYIN, "completed") >= before + runs);
    }

    private void send(AgreeRefund command) {
        Envelope envelope = Envelope.first(command, "test", clock.instant());
        kafka.send(envelope.topic(), envelope.partitionKey(), codec.encode(envelope));
    }
}
