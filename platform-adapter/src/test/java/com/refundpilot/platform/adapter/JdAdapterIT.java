package com.refundpilot.platform.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.refundpilot.contracts.commands.AgreeRefund;
import com.refundpilot.contracts.commands.NegotiateRefund;
import com.refundpilot.contracts.commands.RefuseRefund;
import com.refundpilot.contracts.commands.SendBuyerMessage;
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
import com.refundpilot.contracts.vocabulary.PlatformAction;
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
 * platform-adapter against the REAL sandbox playing JD over HTTP (a contract test of both sides of the JD wire) and
 * a real KRaft broker: the sandbox's native batches in, canonical events out, decisions sent once per action key on
 * the JOS method of the bill's desk, with the bill's sysVersion.
 */
@SpringBootTest(classes = PlatformAdapterApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedKafka(partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
class JdAdapterIT extends AdapterAgainstSandbox {

    private static final JdSandbox SANDBOX = new JdSandbox();
    private static final String REPLY_REFUND = "jingdong.pop.afs.soa.refundapply.replyRefund";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> EmbeddedMongo.freshUri("platform-jd"));
        registry.add("refundpilot.platforms.jd.base-url", SANDBOX::baseUrl);
    }

    @AfterAll
    static void stopSandbox() {
        SANDBOX.stop();
    }

    @Override
    RealSandbox sandbox() {
        return SANDBOX;
    }

    private Map<?, ?> buyerOpens(String refundId, String type, int deliveries) {
        return SANDBOX.control("/refunds", Map.of("shopId", "shop-1", "orderId", "T-" + refundId, "refundId", refundId,
                "type", type, "reason", "不想要了", "amountFen", 59900, "quantity", 1, "orderPaidFen", 59900,
                "deadlineIn", "PT72H", "deliveries", deliveries));
    }

    private static OrderRef order(String refundId) {
        return new OrderRef(Platform.JD, "shop-1", "T-" + refundId);
    }

    @Test
    void aBuyerRequestPushedNativelyThreeTimesBecomesOneCanonicalEvent() {
        Map<?, ?> created = buyerOpens("J-IN", "REFUND_ONLY", 3);

        assertThat(created.get("pushes")).isEqualTo(List.of(200, 200, 200));
        refundEvents.awaitOne(RefundRequested.class, "J-IN");
        buyerOpens("J-IN-MARK", "REFUND_ONLY", 1);
        refundEvents.awaitOne(RefundRequested.class, "J-IN-MARK");

        List<RefundRequested> requests = refundEvents.about(RefundRequested.class, "J-IN");
        assertThat(requests).hasSize(1);
        RefundRequested request = requests.get(0);
        assertThat(request.order()).isEqualTo(order("J-IN"));
        assertThat(request.type()).isEqualTo(RefundType.REFUND_ONLY);
        assertThat(request.amountFen()).isEqualTo(59900);
        assertThat(request.reason()).isEqualTo(RefundReason.NOT_WANTED);
        assertThat(request.platformVersion()).isEqualTo(1);
        assertThat(Duration.between(request.requestedAt(), request.deadline())).isEqualTo(Duration.ofHours(72));
        // Contract: the public list and the assumed one given to the adapter are what the sandbox's JD carries out
        assertThat(request.capabilities().stream().map(PlatformAction::name).toList())
                .containsExactlyInAnyOrderElementsOf(((List<?>) SANDBOX.read("/capabilities").get("actions")).stream()
                        .map(Object::toString).toList())
                .contains("NEGOTIATE", "EXTEND_RECEIPT");
    }

    @Test
    void anAgreeDeliveredTwiceReachesJdOnceAsReplyRefundAndItsSuccessComesBack() {
        buyerOpens("J-AGREE", "REFUND_ONLY", 1);
        refundEvents.awaitOne(RefundRequested.class, "J-AGREE");
        String caseId = order("J-AGREE").caseIdOf("J-AGREE");
        long repliesBefore = SANDBOX.calls(REPLY_REFUND);
        var agree = new AgreeRefund(order("J-AGREE"), caseId, "J-AGREE", 59900, false, 1, caseId + ":AGREE_REFUND:1",
                "NS-1");
        Envelope envelope = Envelope.first(agree, "test", clock.instant());
        kafka.send(envelope.topic(), envelope.partitionKey(), codec.encode(envelope));
        kafka.send(envelope.topic(), envelope.partitionKey(), codec.encode(envelope));
        send(agree); // the same decision under a new envelope: same natural key, still one call

        PlatformRefundSettled settled = refundEvents.awaitOne(PlatformRefundSettled.class, "J-AGREE");
        send(new SendBuyerMessage(order("J-AGREE"), caseId, "J-AGREE", "m-1", "亲亲,退款已同意"));
        await().atMost(Duration.ofSeconds(20)).until(() ->
                ((List<?>) SANDBOX.read("/refunds/J-AGREE").get("buyerMessages")).size() == 1);

        Map<?, ?> seen = SANDBOX.read("/refunds/J-AGREE");
        assertThat((List<?>) seen.get("actions")).hasSize(1);
        assertThat(((Map<?, ?>) ((List<?>) seen.get("actions")).get(0)).get("action")).isEqualTo("AGREE_REFUND");
        assertThat(seen.get("status")).isEqualTo("SUCCESS");
        assertThat(SANDBOX.calls(REPLY_REFUND) - repliesBefore).isEqualTo(1);
        assertThat(actionResults.about(PlatformActionSucceeded.class, "J-AGREE"))
                .filteredOn(s -> s.action().paysBuyer()).hasSize(1);
        assertThat(settled.refundedFen()).isEqualTo(59900);
    }

    @Test
    void anAgreeOnAStaleSysVersionComesBackAsARejectionWithJdsCode() {
        buyerOpens("J-STALE", "REFUND_ONLY", 1);
        String caseId = order("J-STALE").caseIdOf("J-STALE");
        send(new AgreeRefund(order("J-STALE"), caseId, "J-STALE", 59900, false, 7, caseId + ":AGREE_REFUND:7", "NS-1"));

        actionResults.awaitOne(PlatformActionRejected.class, "J-STALE");
        assertThat(actionResults.about(PlatformActionRejected.class, "J-STALE").get(0).code()).isEqualTo("10200");
        assertThat(SANDBOX.read("/refunds/J-STALE").get("status")).isEqualTo("WAIT_SELLER_AGREE");
    }

    @Test
    void aServiceOrderIsRefusedByItsOwnDeskAndAPartialProposalsAnswerComesBackWithItsAmount() {
        buyerOpens("J-RET", "RETURN_AND_REFUND", 1);
        refundEvents.awaitOne(RefundRequested.class, "J-RET");
        String caseId = order("J-RET").caseIdOf("J-RET");
        send(new NegotiateRefund(order("J-RET"), caseId, "J-RET", NegotiationKind.PARTIAL_REFUND, 30000L,
                "商品影响二次销售, 退300元可以吗", 1, caseId + ":NEGOTIATE:1", "RR-9"));
        actionResults.awaitOne(PlatformActionSucceeded.class, "J-RET");
        SANDBOX.control("/refunds/J-RET/negotiation", Map.of("accepted", true));

        NegotiationAnswered answered = refundEvents.awaitOne(NegotiationAnswered.class, "J-RET");
        assertThat(answered.accepted()).isTrue();
        assertThat(answered.amountFen()).isEqualTo(30000);
        assertThat(answered.platformVersion()).isEqualTo(2);

        long rejectsBefore = SANDBOX.calls("jingdong.afsservice.audit.reject");
        long repliesBefore = SANDBOX.calls(REPLY_REFUND);
        send(new RefuseRefund(order("J-RET"), caseId, "J-RET", "AFFECTS_RESALE", "商品已影响二次销售",
                List.of(new Evidence(EvidenceKind.INSPECTION_PHOTOS, "https://img.test/1.jpg")), 2,
                caseId + ":REFUSE:2", "RR-9"));
        await().atMost(Duration.ofSeconds(20)).until(() ->
                "SELLER_REFUSE_BUYER".equals(SANDBOX.read("/refunds/J-RET").get("status")));
        assertThat(SANDBOX.calls("jingdong.afsservice.audit.reject") - rejectsBefore).isEqualTo(1);
        assertThat(SANDBOX.calls(REPLY_REFUND)).isEqualTo(repliesBefore);
    }
}
