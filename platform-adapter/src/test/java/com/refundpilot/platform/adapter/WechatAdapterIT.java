package com.refundpilot.platform.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.refundpilot.contracts.commands.AgreeRefund;
import com.refundpilot.contracts.commands.NegotiateRefund;
import com.refundpilot.contracts.commands.RefuseRefund;
import com.refundpilot.contracts.envelope.Envelope;
import com.refundpilot.contracts.events.NegotiationAnswered;
import com.refundpilot.contracts.events.PlatformActionRejected;
import com.refundpilot.contracts.events.PlatformActionSucceeded;
import com.refundpilot.contracts.events.PlatformRefundSettled;
import com.refundpilot.contracts.events.RefundRequested;
import com.refundpilot.contracts.vocabulary.Evidence;
import com.refundpilot.contracts.vocabulary.EvidenceKind;
import com.refundpilot.contracts.vocabulary.NegotiationKind;
import com.refundpilot.contracts.vocabulary.OrderRef;
import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.contracts.vocabulary.RefundReason;
import com.refundpilot.contracts.vocabulary.RefundType;
import com.refundpilot.kit.testsupport.EmbeddedMongo;
import com.refundpilot.platform.PlatformAdapterApplication;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * platform-adapter against the REAL sandbox playing the WeChat Channels shop (both sides of the wire in one test) and
 * a real KRaft broker: a buyer request pushed natively (encrypted, status only, three times) is fetched and becomes
 * one canonical event; an agree delivered twice reaches acceptapply once and its payment comes back; a 协商 is
 * answered through the comparison of reads; a refusal carries its evidence; an agree of another amount is not sent.
 */
@SpringBootTest(classes = PlatformAdapterApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedKafka(partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
class WechatAdapterIT extends AdapterAgainstSandbox {

    private static final WechatSandbox SANDBOX = new WechatSandbox();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> EmbeddedMongo.freshUri("platform-wechat-it"));
        registry.add("refundpilot.platforms.wechat-channels.base-url", SANDBOX::baseUrl);
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
        Map<String, Object> body = new java.util.LinkedHashMap<>(Map.of("shopId", "shop-w", "orderId", "T-" + refundId,
                "refundId", refundId, "type", "REFUND_ONLY", "reason", "不想要了", "amountFen", 59900, "quantity", 1));
        body.putAll(Map.of("orderPaidFen", 79900, "orderQuantity", 2, "deadlineIn", "PT72H", "deliveries", deliveries));
        return SANDBOX.control("/refunds", body);
    }

    private static OrderRef order(String refundId) {
        return new OrderRef(Platform.WECHAT_CHANNELS, "shop-w", "T-" + refundId);
    }

    @Test
    void aBuyerRequestPushedThreeTimesIsFetchedOnceAndBecomesOneCanonicalEvent() {
        Map<?, ?> created = buyerOpens("W-IN", 3);

        assertThat(created.get("pushes")).isEqualTo(List.of(200, 200, 200));
        RefundRequested request = refundEvents.awaitOne(RefundRequested.class, "W-IN");
        buyerOpens("W-IN-MARK", 1);
        refundEvents.awaitOne(RefundRequested.class, "W-IN-MARK");

        assertThat(refundEvents.about(RefundRequested.class, "W-IN")).hasSize(1);
        assertThat(request.order()).isEqualTo(order("W-IN"));
        assertThat(request.type()).isEqualTo(RefundType.REFUND_ONLY);
        assertThat(request.reason()).isEqualTo(RefundReason.NOT_WANTED);
        assertThat(request.amountFen()).isEqualTo(59900);
        assertThat(request.orderPaidFen()).as("read from order/get").isEqualTo(79900);
        assertThat(request.orderQuantity()).isEqualTo(2);
        assertThat(Duration.between(request.requestedAt(), request.deadline()).toSeconds())
                .isBetween(Duration.ofHours(72).toSeconds() - 5, Duration.ofHours(72).toSeconds());
        assertThat(SANDBOX.calls("/channels/ec/aftersale/getaftersaleorder")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void anAgreeDeliveredTwiceReachesAcceptapplyOnceAndItsPaymentComesBack() {
        buyerOpens("W-AGREE", 1);
        RefundRequested request = refundEvents.awaitOne(RefundRequested.class, "W-AGREE");
        long before = SANDBOX.calls("/channels/ec/aftersale/acceptapply");
        String caseId = order("W-AGREE").caseIdOf("W-AGREE");
        var agree = new AgreeRefund(order("W-AGREE"), caseId, "W-AGREE", 59900, false, request.platformVersion(),
                caseId + ":AGREE_REFUND:" + request.platformVersion(), "NS-1");
        Envelope envelope = Envelope.first(agree, "test", clock.instant());
        kafka.send(envelope.topic(), envelope.partitionKey(), codec.encode(envelope));
        kafka.send(envelope.topic(), envelope.partitionKey(), codec.encode(envelope));
        send(agree); // the same decision under a new envelope: same natural key, still one call

        PlatformRefundSettled settled = refundEvents.awaitOne(PlatformRefundSettled.class, "W-AGREE");
        assertThat(settled.refundedFen()).isEqualTo(59900);
        actionResults.awaitOne(PlatformActionSucceeded.class, "W-AGREE");
        Map<?, ?> seen = SANDBOX.read("/refunds/W-AGREE");
        assertThat((List<?>) seen.get("actions")).hasSize(1);
        assertThat(seen.get("status")).isEqualTo("SUCCESS");
        assertThat(SANDBOX.calls("/channels/ec/aftersale/acceptapply") - before).isEqualTo(1);
        assertThat(actionResults.about(PlatformActionSucceeded.class, "W-AGREE")).hasSize(1);
    }

    @Test
    void aPartialRefundIsNegotiatedAnsweredThroughTheReadsAndThenAgreedAtTheNewAmount() {
        buyerOpens("W-NEG", 1);
        RefundRequested request = refundEvents.awaitOne(RefundRequested.class, "W-NEG");
        String caseId = order("W-NEG").caseIdOf("W-NEG");
        send(new AgreeRefund(order("W-NEG"), caseId, "W-NEG", 30000, true, request.platformVersion(),
                caseId + ":AGREE_PARTIAL_REFUND:early", "NS-6"));
        PlatformActionRejected mismatch = actionResults.awaitOne(PlatformActionRejected.class, "W-NEG");
        assertThat(mismatch.code()).isEqualTo("AMOUNT_MISMATCH");

        send(new NegotiateRefund(order("W-NEG"), caseId, "W-NEG", NegotiationKind.PARTIAL_REFUND, 30000L, "部分退款",
                request.platformVersion(), caseId + ":NEGOTIATE:1", "NS-6"));
        await().atMost(Duration.ofSeconds(20)).until(() -> ((List<?>) SANDBOX.read("/refunds/W-NEG").get("actions"))
                .size() == 1);
        // The proposal's own status push reaches the adapter before the buyer answers, as on the platform.
        await().atMost(Duration.ofSeconds(20)).until(() -> ((List<?>) SANDBOX.read("/refunds/W-NEG").get("webhooks"))
                .size() >= 2);
        SANDBOX.control("/refunds/W-NEG/negotiation", Map.of("accepted", true));

        NegotiationAnswered answered = refundEvents.awaitOne(NegotiationAnswered.class, "W-NEG");
        assertThat(answered.accepted()).isTrue();
        assertThat(answered.amountFen()).isEqualTo(30000);
        send(new AgreeRefund(order("W-NEG"), caseId, "W-NEG", 30000, true, answered.platformVersion(),
                caseId + ":AGREE_PARTIAL_REFUND:" + answered.platformVersion(), "NS-6"));
        assertThat(refundEvents.awaitOne(PlatformRefundSettled.class, "W-NEG").refundedFen()).isEqualTo(30000);
        List<?> actions = (List<?>) SANDBOX.read("/refunds/W-NEG").get("actions");
        assertThat(((Map<?, ?>) actions.get(1)).get("action")).isEqualTo("AGREE_PARTIAL_REFUND");
    }

    @Test
    void aDeclinedInvitationToCancelIsAnsweredAndTheRefusalGoesOutWithItsEvidence() {
        buyerOpens("W-REF", 1);
        RefundRequested request = refundEvents.awaitOne(RefundRequested.class, "W-REF");
        String caseId = order("W-REF").caseIdOf("W-REF");
        send(new NegotiateRefund(order("W-REF"), caseId, "W-REF", NegotiationKind.ASK_TO_CANCEL, null, "请取消申请",
                request.platformVersion(), caseId + ":NEGOTIATE:1", "G-6"));
        await().atMost(Duration.ofSeconds(20)).until(() -> ((List<?>) SANDBOX.read("/refunds/W-REF").get("webhooks"))
                .size() >= 2);
        SANDBOX.control("/refunds/W-REF/negotiation", Map.of("accepted", false));
        NegotiationAnswered answered = refundEvents.awaitOne(NegotiationAnswered.class, "W-REF");
        assertThat(answered.accepted()).isFalse();

        send(new RefuseRefund(order("W-REF"), caseId, "W-REF", "SHIPPED", "商品已发出",
                List.of(new Evidence(EvidenceKind.TRACKING_RECORD, "ZT-W-REF")), answered.platformVersion(),
                caseId + ":REFUSE:1", "G-6"));
        actionResults.awaitOne(PlatformActionSucceeded.class, "W-REF");
        Map<?, ?> refusal = (Map<?, ?>) ((List<?>) SANDBOX.read("/refunds/W-REF").get("actions")).get(1);
        assertThat(refusal.get("action")).isEqualTo("REFUSE");
        assertThat(((Map<?, ?>) refusal.get("params")).get("proof")).isEqualTo("TRACKING_RECORD:ZT-W-REF");
    }
}
