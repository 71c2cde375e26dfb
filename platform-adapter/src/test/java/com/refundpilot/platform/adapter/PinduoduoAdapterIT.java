package com.refundpilot.platform.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.refundpilot.contracts.commands.AgreeRefund;
import com.refundpilot.contracts.commands.RefuseRefund;
import com.refundpilot.contracts.commands.ReportShipmentCancelled;
import com.refundpilot.contracts.commands.SendBuyerMessage;
import com.refundpilot.contracts.envelope.Envelope;
import com.refundpilot.contracts.events.PlatformActionRejected;
import com.refundpilot.contracts.events.PlatformActionSucceeded;
import com.refundpilot.contracts.events.PlatformRefundSettled;
import com.refundpilot.contracts.events.RefundRequested;
import com.refundpilot.contracts.vocabulary.Evidence;
import com.refundpilot.contracts.vocabulary.EvidenceKind;
import com.refundpilot.contracts.vocabulary.OrderRef;
import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.contracts.vocabulary.PlatformAction;
import com.refundpilot.contracts.vocabulary.RefundReason;
import com.refundpilot.contracts.vocabulary.RefundType;
import com.refundpilot.kit.testsupport.EmbeddedMongo;
import com.refundpilot.platform.PlatformAdapterApplication;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
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
 * platform-adapter against the REAL sandbox playing Pinduoduo (both sides of docs/platform-wire-formats/pdd.md) and a
 * real KRaft broker: the buyer's request pushed natively as PDD message frames becomes one canonical event; an agree
 * reaches PDD's router once and its RefundAgreeAgreement comes back; a partial agree PDD cannot carry is rejected
 * without a call; a refusal goes out with its proof.
 */
@SpringBootTest(classes = PlatformAdapterApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedKafka(partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
class PinduoduoAdapterIT extends AdapterAgainstSandbox {

    /** It pushes PDD frames to /webhooks/pinduoduo on the host of its Taobao webhook: the adapter's. */
    private static final RealSandbox SANDBOX = new RealSandbox("pinduoduo");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> EmbeddedMongo.freshUri("platform-pdd"));
        registry.add("refundpilot.platforms.pinduoduo.base-url", SANDBOX::baseUrl);
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
        return SANDBOX.control("/refunds", Map.of("shopId", "shop-1", "orderId", "T-" + refundId, "refundId",
                refundId, "type", "REFUND_ONLY", "reason", "拍错/多拍", "amountFen", 59900, "orderPaidFen", 59900,
                "orderQuantity", 2, "deadlineIn", "PT72H", "deliveries", deliveries));
    }

    @Test
    void aBuyerRequestPushedNativelyThreeTimesBecomesOneCanonicalEvent() {
        Map<?, ?> created = buyerOpens("P-IN", 3);

        assertThat(created.get("pushes")).isEqualTo(List.of(200, 200, 200));
        refundEvents.awaitOne(RefundRequested.class, "P-IN");
        buyerOpens("P-IN-MARK", 1);
        refundEvents.awaitOne(RefundRequested.class, "P-IN-MARK");

        List<RefundRequested> requests = refundEvents.about(RefundRequested.class, "P-IN");
        assertThat(requests).hasSize(1);
        RefundRequested request = requests.get(0);
        assertThat(request.order()).isEqualTo(new OrderRef(Platform.PINDUODUO, "shop-1", "T-P-IN"));
        assertThat(request.type()).isEqualTo(RefundType.REFUND_ONLY);
        assertThat(request.reason()).isEqualTo(RefundReason.ORDERED_BY_MISTAKE);
        assertThat(request.amountFen()).isEqualTo(59900);
        assertThat(request.orderQuantity()).isEqualTo(2);
        assertThat(request.platformVersion()).as("updated_at, ms").isGreaterThan(1_700_000_000_000L);
        assertThat(Duration.between(request.requestedAt(), request.deadline())).isEqualTo(Duration.ofHours(72));
        // The adapter announces what the sandbox's Pinduoduo declares (a contract between the two configurations).
        Set<PlatformAction> declared = ((List<?>) SANDBOX.read("/capabilities").get("actions")).stream()
                .map(a -> PlatformAction.valueOf((String) a))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(PlatformAction.class)));
        assertThat(request.capabilities()).isEqualTo(declared)
                .contains(PlatformAction.AGREE_REFUND, PlatformAction.NEGOTIATE)
                .doesNotContain(PlatformAction.AGREE_PARTIAL_REFUND, PlatformAction.EXTEND_RECEIPT);
    }

    @Test
    void anAgreeDeliveredTwiceReachesPddOnceAndItsAgreementComesBack() {
        buyerOpens("P-AGREE", 1);
        RefundRequested request = refundEvents.awaitOne(RefundRequested.class, "P-AGREE");
        OrderRef order = request.order();
        String caseId = order.caseIdOf("P-AGREE");
        var agree = new AgreeRefund(order, caseId, "P-AGREE", 59900, false, request.platformVersion(),
                caseId + ":AGREE_REFUND:" + request.platformVersion(), "NS-1");
        Envelope envelope = Envelope.first(agree, "test", clock.instant());
        kafka.send(envelope.topic(), envelope.partitionKey(), codec.encode(envelope));
        kafka.send(envelope.topic(), envelope.partitionKey(), codec.encode(envelope));
        send(agree); // the same decision under a new envelope: same natural key, still one call

        PlatformRefundSettled settled = refundEvents.awaitOne(PlatformRefundSettled.class, "P-AGREE");
        assertThat(settled.refundedFen()).isEqualTo(59900);
        send(new SendBuyerMessage(order, caseId, "P-AGREE", "m-1", "亲,退款已同意"));
        await().atMost(Duration.ofSeconds(20)).until(() ->
                ((List<?>) SANDBOX.read("/refunds/P-AGREE").get("buyerMessages")).size() == 1);

        Map<?, ?> seen = SANDBOX.read("/refunds/P-AGREE");
        assertThat(seen.get("status")).isEqualTo("SUCCESS");
        assertThat((List<?>) seen.get("actions")).hasSize(1);
        assertThat(((Map<?, ?>) ((List<?>) seen.get("actions")).get(0)).get("action")).isEqualTo("AGREE_REFUND");
        assertThat(SANDBOX.calls("pdd.refund.agree")).isEqualTo(1);
        assertThat(actionResults.about(PlatformActionSucceeded.class, "P-AGREE"))
                .filteredOn(s -> s.action().paysBuyer()).hasSize(1);
    }

    @Test
    void aCancelledShipmentIsReportedToPgOnceAndAReportUnderAnotherKeyIsTakenAsDone() {
        buyerOpens("P-SGC", 1);
        RefundRequested request = refundEvents.awaitOne(RefundRequested.class, "P-SGC");
        OrderRef order = request.order();
        String caseId = order.caseIdOf("P-SGC");
        var report = new ReportShipmentCancelled(order, caseId, "P-SGC", 59900, Instant.parse("2026-11-11T02:00:00.250Z"),
                caseId + ":REPORT_SHIPMENT_CANCELLED", "NS-1", null);
        Envelope envelope = Envelope.first(report, "test", clock.instant());
        kafka.send(envelope.topic(), envelope.partitionKey(), codec.encode(envelope));
        kafka.send(envelope.topic(), envelope.partitionKey(), codec.encode(envelope));
        send(report);

        PlatformActionSucceeded done = actionResults.awaitOne(PlatformActionSucceeded.class, "P-SGC");
        assertThat(done.action()).isEqualTo(PlatformAction.REPORT_SHIPMENT_CANCELLED);
        List<?> actions = (List<?>) SANDBOX.read("/refunds/P-SGC").get("actions");
        assertThat(actions).hasSize(1);
        Map<?, ?> action = (Map<?, ?>) actions.get(0);
        assertThat(action.get("action")).isEqualTo("REPORT_SHIPMENT_CANCELLED");
        assertThat(((Map<?, ?>) action.get("params")).get("cancelledAt")).as("operate_time in ms")
                .isEqualTo("2026-11-11T02:00:00.250Z");
        assertThat(SANDBOX.calls("pdd.rdc.pddgenius.sendgoods.cancel")).isEqualTo(1);

        // an earlier report whose answer was lost, under another key: PDD answers 50016, which is in effect
        send(new ReportShipmentCancelled(order, caseId, "P-SGC", 59900, Instant.parse("2026-11-11T02:00:00Z"),
                caseId + ":REPORT_SHIPMENT_CANCELLED:earlier", "NS-1", null));
        await().atMost(Duration.ofSeconds(20)).until(() ->
                actionResults.about(PlatformActionSucceeded.class, "P-SGC").size() == 2);
        assertThat(SANDBOX.calls("pdd.rdc.pddgenius.sendgoods.cancel")).isEqualTo(2);
        assertThat((List<?>) SANDBOX.read("/refunds/P-SGC").get("actions")).hasSize(1);
    }

    @Test
    void aPartialAgreePddCannotCarryIsRejectedWithoutACall() {
        buyerOpens("P-PART", 1);
        RefundRequested request = refundEvents.awaitOne(RefundRequested.class, "P-PART");
        String caseId = request.order().caseIdOf("P-PART");
        long agreeCalls = SANDBOX.calls("pdd.refund.agree");
        send(new AgreeRefund(request.order(), caseId, "P-PART", 30000, true, request.platformVersion(),
                caseId + ":AGREE_PARTIAL_REFUND:1", "G-1"));

        PlatformActionRejected rejected = actionResults.awaitOne(PlatformActionRejected.class, "P-PART");
        assertThat(rejected.code()).isEqualTo("PDD_PARTIAL_AGREE_UNSUPPORTED");
        assertThat(SANDBOX.calls("pdd.refund.agree")).isEqualTo(agreeCalls);
        assertThat(SANDBOX.read("/refunds/P-PART").get("status")).isEqualTo("WAIT_SELLER_AGREE");
    }

    @Test
    void anAgreeDecidedBeforeTheBuyerLoweredTheAmountIsNotSentForTheNewAmount() {
        buyerOpens("P-MOVED", 1);
        RefundRequested request = refundEvents.awaitOne(RefundRequested.class, "P-MOVED");
        SANDBOX.control("/refunds/P-MOVED/modify", Map.of("amountFen", 20000));
        String caseId = request.order().caseIdOf("P-MOVED");
        long agreeCalls = SANDBOX.calls("pdd.refund.agree");
        send(new AgreeRefund(request.order(), caseId, "P-MOVED", 59900, false, request.platformVersion(),
                caseId + ":AGREE_REFUND:" + request.platformVersion(), "NS-1"));

        PlatformActionRejected rejected = actionResults.awaitOne(PlatformActionRejected.class, "P-MOVED");
        assertThat(rejected.code()).isEqualTo("PDD_AMOUNT_CHANGED");
        assertThat(SANDBOX.calls("pdd.refund.agree")).isEqualTo(agreeCalls);
        assertThat(SANDBOX.read("/refunds/P-MOVED").get("status")).isEqualTo("WAIT_SELLER_AGREE");
    }

    @Test
    void aRefusalGoesOutWithItsProofAndShowsAsRefused() {
        buyerOpens("P-REFUSE", 1);
        RefundRequested request = refundEvents.awaitOne(RefundRequested.class, "P-REFUSE");
        String caseId = request.order().caseIdOf("P-REFUSE");
        send(new RefuseRefund(request.order(), caseId, "P-REFUSE", "SHIPPED", "商品已发出, 请拒收后申请",
                List.of(new Evidence(EvidenceKind.SIGNING_PROOF, "https://proof/1,2")), request.platformVersion(),
                caseId + ":REFUSE:1", "RS-7"));

        PlatformActionSucceeded succeeded = actionResults.awaitOne(PlatformActionSucceeded.class, "P-REFUSE");
        assertThat(succeeded.action()).isEqualTo(PlatformAction.REFUSE);
        Map<?, ?> refusal = (Map<?, ?>) ((List<?>) SANDBOX.read("/refunds/P-REFUSE").get("actions")).get(0);
        assertThat(refusal.get("action")).isEqualTo("REFUSE");
        assertThat(((Map<?, ?>) refusal.get("params")).get("proof")).isEqualTo("SIGNING_PROOF:https://proof/1 2");
    }
}
