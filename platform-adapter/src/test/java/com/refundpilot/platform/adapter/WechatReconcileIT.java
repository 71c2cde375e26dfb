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
import java.util.LinkedHashMap;
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
 * WeChat Channels end to end against the REAL sandbox, which loses every push here (its webhook-loss control): the
 * reconciliation sweep over {@code getaftersalelist} hands each listed after-sale to the push's fetch-and-compare,
 * which tells each change once — the request, and after the merchant's agree (sent once as acceptapply) the payment.
 * Further sweeps over overlapping windows tell nothing more, and the lost events delivered late are accepted and
 * publish nothing (what they would tell was seen).
 */
@SpringBootTest(classes = PlatformAdapterApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"refundpilot.platforms.wechat-channels.reconcile.enabled=true",
                "refundpilot.platforms.wechat-channels.reconcile.period=PT0.3S",
                "refundpilot.platforms.wechat-channels.reconcile.settle=PT1S",
                "refundpilot.platforms.wechat-channels.reconcile.overlap=PT30S",
                "refundpilot.platforms.wechat-channels.reconcile.initial-lookback=PT10M",
                "refundpilot.platforms.wechat-channels.reconcile.shops=shop-w"})
@EmbeddedKafka(partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
class WechatReconcileIT {

    private static final WechatSandbox SANDBOX = new WechatSandbox();
    private static final Duration WAIT = Duration.ofSeconds(30);

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> EmbeddedMongo.freshUri("platform-wechat-reconcile"));
        registry.add("refundpilot.platforms.wechat-channels.base-url", SANDBOX::baseUrl);
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
        Map<String, Object> body = new LinkedHashMap<>(Map.of("shopId", "shop-w", "orderId", "T-W-R1",
                "refundId", "W-R1", "type", "REFUND_ONLY", "reason", "不想要了", "amountFen", 25900, "quantity", 1));
        body.putAll(Map.of("orderPaidFen", 25900, "orderQuantity", 1, "deadlineIn", "PT72H"));
        Map<?, ?> opened = SANDBOX.control("/refunds", body);
        assertThat(opened.get("pushes")).as("the push was lost").isEqualTo(List.of(0));

        RefundRequested requested = refundEvents.awaitOne(RefundRequested.class, "W-R1");
        assertThat(requested.amountFen()).isEqualTo(25900);

        OrderRef order = requested.order();
        String caseId = order.caseIdOf("W-R1");
        AgreeRefund agree = new AgreeRefund(order, caseId, "W-R1", 25900, false, requested.platformVersion(),
                caseId + ":AGREE_REFUND:" + requested.platformVersion(), "NS-1", null);
        send(agree);
        send(agree); // a redelivered command: still one call
        actionResults.awaitOne(PlatformActionSucceeded.class, "W-R1");
        PlatformRefundSettled settled = refundEvents.awaitOne(PlatformRefundSettled.class, "W-R1");
        assertThat(settled.refundedFen()).isEqualTo(25900);
        assertThat((List<?>) SANDBOX.read("/refunds/W-R1").get("actions")).hasSize(1);
        assertThat(SANDBOX.calls("/channels/ec/aftersale/acceptapply")).isEqualTo(1);
        assertThat(sweepMessagesAbout("W-R1")).filteredOn(message -> message.getDropReason() == null).hasSize(2);

        awaitMoreSweeps(3); // each lists W-R1 again (the overlap) and compares: nothing more
        List<?> late = (List<?>) SANDBOX.control("/webhook-loss/deliver-held", Map.of()).get("pushes");
        assertThat(late).isNotEmpty().map(Map.class::cast).allSatisfy(push -> assertThat(push.get("status"))
                .isEqualTo(200));
        for (Object push : late) {
            String key = ((Map<?, ?>) push).get("msgId").toString();
            assertThat(store.find(InboundMessageDocument.class, "WECHAT_CHANNELS:" + key)).as(key)
                    .hasValueSatisfying(message -> assertThat(message.getDropReason()).isNotNull());
        }
        awaitMoreSweeps(2);

        assertThat(refundEvents.about(RefundRequested.class, "W-R1")).hasSize(1);
        assertThat(refundEvents.about(PlatformRefundSettled.class, "W-R1")).hasSize(1);
        assertThat(actionResults.about(PlatformActionSucceeded.class, "W-R1")).hasSize(1);
        assertThat(metrics.recovered(Platform.WECHAT_CHANNELS)).isGreaterThanOrEqualTo(2);
    }

    private List<InboundMessageDocument> sweepMessagesAbout(String afterSaleId) {
        return mongo.find(new Query(Criteria.where("_id").regex("^WECHAT_CHANNELS:sweep:" + afterSaleId)),
                InboundMessageDocument.class);
    }

    /** Waits until the sweep has completed {@code runs} more runs: by then every window it listed saw the refund. */
    private void awaitMoreSweeps(int runs) {
        double before = metrics.runs(Platform.WECHAT_CHANNELS, "completed");
        await().atMost(WAIT).until(() -> metrics.runs(Platform.WECHAT_CHANNELS, "completed") >= before + runs);
    }

    private void send(AgreeRefund command) {
        Envelope envelope = Envelope.first(command, "test", clock.instant());
        kafka.send(envelope.topic(), envelope.partitionKey(), codec.encode(envelope));
    }
}
