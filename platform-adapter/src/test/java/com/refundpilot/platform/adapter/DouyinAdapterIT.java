package com.refundpilot.platform.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.refundpilot.contracts.commands.AgreeRefund;
import com.refundpilot.contracts.commands.NegotiateRefund;
import com.refundpilot.contracts.commands.ReportShipmentCancelled;
import com.refundpilot.contracts.commands.SendBuyerMessage;
import com.refundpilot.contracts.envelope.Envelope;
import com.refundpilot.contracts.events.NegotiationAnswered;
import com.refundpilot.contracts.events.PlatformActionRejected;
import com.refundpilot.contracts.events.PlatformActionSucceeded;
import com.refundpilot.contracts.events.PlatformRefundSettled;
import com.refundpilot.contracts.events.RefundRequested;
import com.refundpilot.contracts.vocabulary.NegotiationKind;
import com.refundpilot.contracts.vocabulary.OrderRef;
import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.contracts.vocabulary.PlatformAction;
import com.refundpilot.contracts.vocabulary.RefundReason;
import com.refundpilot.kit.testsupport.EmbeddedMongo;
import com.refundpilot.platform.PlatformAdapterApplication;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * platform-adapter against the REAL sandbox playing Douyin over HTTP (a contract test of both sides of the Douyin
 * wire) and a real KRaft broker: a buyer's request pushed natively as a signed batch becomes one canonical event, an
 * agree goes back once as afterSale/operate with the update_time it was decided on, and the platform's refusals
 * (a stale version, an amount operate cannot agree) come back as rejections.
 */
@SpringBootTest(classes = PlatformAdapterApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedKafka(partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
class DouyinAdapterIT extends AdapterAgainstSandbox {

    private static final DouyinSandbox SANDBOX = new DouyinSandbox();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> EmbeddedMongo.freshUri("platform-douyin-it"));
        registry.add("refundpilot.platforms.douyin.base-url", SANDBOX::apiBaseUrl);
    }

    @AfterAll
    static void stopSandbox() {
        SANDBOX.stop();
    }

    @Override
    RealSandbox sandbox() {
        return SANDBOX;
    }

    private Map<?, ?> buyerOpens(String refundId, int deliveries) {
        return SANDBOX.control("/refunds", Map.of("shopId", "shop-dy", "orderId", "T-" + refundId,
                "refundId", refundId, "type", "REFUND_ONLY", "reason", "不想要了", "amountFen", 59900, "quantity", 1,
                "orderPaidFen", 59900, "deadlineIn", "PT72H", "deliveries", deliveries));
    }

    private static OrderRef order(String refundId) {
        return new OrderRef(Platform.DOUYIN, "shop-dy", "T-" + refundId);
    }

    @Test
    void aBuyerRequestPushedNativelyTwiceBecomesOneCanonicalEventWithTheSandboxsCapabilities() {
        Map<?, ?> created = buyerOpens("DY-IN", 2);

        assertThat(created.get("pushes")).isEqualTo(List.of(200, 200));
        RefundRequested request = refundEvents.awaitOne(RefundRequested.class, "DY-IN");
        buyerOpens("DY-IN-MARK", 1);
        refundEvents.awaitOne(RefundRequested.class, "DY-IN-MARK");

        assertThat(refundEvents.about(RefundRequested.class, "DY-IN")).hasSize(1);
        assertThat(request.order()).isEqualTo(order("DY-IN"));
        assertThat(request.amountFen()).isEqualTo(59900);
        assertThat(request.reason()).isEqualTo(RefundReason.NOT_WANTED);
        assertThat(Duration.between(request.requestedAt(), request.deadline())).isEqualTo(Duration.ofHours(72));
        assertThat(request.platformVersion()).isGreaterThan(request.requestedAt().getEpochSecond() - 1);
        // Contract: what the adapter announces is what the sandbox's Douyin carries out.
        Set<String> sandbox = ((List<?>) SANDBOX.read("/capabilities").get("actions")).stream().map(Object::toString)
                .collect(Collectors.toSet());
        assertThat(request.capabilities().stream().map(PlatformAction::name).collect(Collectors.toSet()))
                .isEqualTo(sandbox);
    }

    @Test
    void anAgreeDeliveredTwiceGoesBackOnceAndItsRefundComesBack() {
        buyerOpens("DY-AGREE", 1);
        RefundRequested request = refundEvents.awaitOne(RefundRequested.class, "DY-AGREE");
        String caseId = order("DY-AGREE").caseIdOf("DY-AGREE");
        var agree = new AgreeRefund(order("DY-AGREE"), caseId, "DY-AGREE", 59900, false, request.platformVersion(),
                caseId + ":AGREE_REFUND:1", "NS-1");
        Envelope envelope = Envelope.first(agree, "test", clock.instant());
        kafka.send(envelope.topic(), envelope.partitionKey(), codec.encode(envelope));
        kafka.send(envelope.topic(), envelope.partitionKey(), codec.encode(envelope));
        send(agree); // the same decision under a new envelope: the same natural key, still one call

        PlatformRefundSettled settled = refundEvents.awaitOne(PlatformRefundSettled.class, "DY-AGREE");
        send(new SendBuyerMessage(order("DY-AGREE"), caseId, "DY-AGREE", "m-1", "亲，退款已同意"));
        await().atMost(Duration.ofSeconds(20)).until(() ->
                ((List<?>) SANDBOX.read("/refunds/DY-AGREE").get("buyerMessages")).size() == 1);

        Map<?, ?> seen = SANDBOX.read("/refunds/DY-AGREE");
        assertThat(seen.get("status")).isEqualTo("SUCCESS");
        assertThat((List<?>) seen.get("actions")).hasSize(1);
        assertThat(SANDBOX.calls("afterSale.operate")).isEqualTo(1);
        assertThat(settled.refundedFen()).isEqualTo(59900);
        assertThat(actionResults.about(PlatformActionSucceeded.class, "DY-AGREE"))
                .filteredOn(s -> s.action().paysBuyer()).hasSize(1);
    }

    @Test
    void aCancelledShipmentIsReportedToTheAssistantOnceAndARepeatIsTakenAsDone() {
        buyerOpens("DY-SGC", 1);
        refundEvents.awaitOne(RefundRequested.class, "DY-SGC");
        String caseId = order("DY-SGC").caseIdOf("DY-SGC");
        var report = new ReportShipmentCancelled(order("DY-SGC"), caseId, "DY-SGC", 59900,
                Instant.parse("2026-11-11T02:00:00Z"), caseId + ":REPORT_SHIPMENT_CANCELLED", "NS-1", null);
        Envelope envelope = Envelope.first(report, "test", clock.instant());
        kafka.send(envelope.topic(), envelope.partitionKey(), codec.encode(envelope));
        kafka.send(envelope.topic(), envelope.partitionKey(), codec.encode(envelope));

        PlatformActionSucceeded done = actionResults.awaitOne(PlatformActionSucceeded.class, "DY-SGC");
        assertThat(done.action()).isEqualTo(PlatformAction.REPORT_SHIPMENT_CANCELLED);
        assertThat(SANDBOX.calls("afterSale.CancelSendGoodsSuccess")).isEqualTo(1);
        List<?> actions = (List<?>) SANDBOX.read("/refunds/DY-SGC").get("actions");
        assertThat(actions).singleElement().satisfies(a -> {
            assertThat(((Map<?, ?>) a).get("action")).isEqualTo("REPORT_SHIPMENT_CANCELLED");
            assertThat(((Map<?, ?>) ((Map<?, ?>) a).get("params")).get("cancelledAt")).as("op_time, seconds")
                    .isEqualTo("2026-11-11T02:00:00Z");
        });

        send(new ReportShipmentCancelled(order("DY-SGC"), caseId, "DY-SGC", 59900, Instant.parse("2026-11-11T02:00:00Z"),
                caseId + ":REPORT_SHIPMENT_CANCELLED:earlier", "NS-1", null));
        await().atMost(Duration.ofSeconds(20)).until(() ->
                actionResults.about(PlatformActionSucceeded.class, "DY-SGC").size() == 2);
        assertThat(SANDBOX.calls("afterSale.CancelSendGoodsSuccess")).isEqualTo(2);
        assertThat((List<?>) SANDBOX.read("/refunds/DY-SGC").get("actions")).hasSize(1);
    }

    @Test
    void anAgreeOnAStaleUpdateTimeIsRejectedWithTheDouyinCode() {
        buyerOpens("DY-STALE", 1);
        RefundRequested request = refundEvents.awaitOne(RefundRequested.class, "DY-STALE");
        String caseId = order("DY-STALE").caseIdOf("DY-STALE");

        send(new AgreeRefund(order("DY-STALE"), caseId, "DY-STALE", 59900, false, request.platformVersion() - 1,
                caseId + ":AGREE_REFUND:0", "NS-1"));

        PlatformActionRejected rejected = actionResults.awaitOne(PlatformActionRejected.class, "DY-STALE");
        assertThat(rejected.code()).isEqualTo("isv.business-failed:aftersale-version-changed");
        assertThat(SANDBOX.read("/refunds/DY-STALE").get("status")).isEqualTo("WAIT_SELLER_AGREE");
    }

    @Test
    void aPartialRefundIsNegotiatedFirstAndOnlyThenAgreed() {
        buyerOpens("DY-PART", 1);
        RefundRequested request = refundEvents.awaitOne(RefundRequested.class, "DY-PART");
        String caseId = order("DY-PART").caseIdOf("DY-PART");
        long operateCalls = SANDBOX.calls("afterSale.operate");

        send(new AgreeRefund(order("DY-PART"), caseId, "DY-PART", 41930, true, request.platformVersion(),
                caseId + ":AGREE_REFUND:blind", "NS-6"));
        assertThat(actionResults.awaitOne(PlatformActionRejected.class, "DY-PART").code())
                .isEqualTo("PARTIAL_AGREE_NOT_OFFERED");
        assertThat(SANDBOX.calls("afterSale.operate")).isEqualTo(operateCalls);

        send(new NegotiateRefund(order("DY-PART"), caseId, "DY-PART", NegotiationKind.PARTIAL_REFUND, 41930L,
                "定制商品已开工，退款 419.30", request.platformVersion(), caseId + ":NEGOTIATE:1", "NS-6"));
        await().atMost(Duration.ofSeconds(20)).until(() -> actionResults.about(PlatformActionSucceeded.class,
                "DY-PART").stream().anyMatch(s -> s.action() == PlatformAction.NEGOTIATE));
        SANDBOX.control("/refunds/DY-PART/negotiation", Map.of("accepted", true));
        NegotiationAnswered answered = refundEvents.awaitOne(NegotiationAnswered.class, "DY-PART");
        assertThat(answered.accepted()).isTrue();
        assertThat(answered.amountFen()).isEqualTo(41930);

        send(new AgreeRefund(order("DY-PART"), caseId, "DY-PART", 41930, true, answered.platformVersion(),
                caseId + ":AGREE_REFUND:2", "NS-6"));

        assertThat(refundEvents.awaitOne(PlatformRefundSettled.class, "DY-PART").refundedFen()).isEqualTo(41930);
        List<?> actions = (List<?>) SANDBOX.read("/refunds/DY-PART").get("actions");
        assertThat(actions.stream().map(a -> String.valueOf(((Map<?, ?>) a).get("action"))).toList()).containsExactly("NEGOTIATE",
                "AGREE_PARTIAL_REFUND");
    }
}
