package com.refundpilot.platform.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.refundpilot.contracts.commands.AgreeRefund;
import com.refundpilot.contracts.commands.NegotiateRefund;
import com.refundpilot.contracts.commands.RefuseRefund;
import com.refundpilot.contracts.envelope.Envelope;
import com.refundpilot.contracts.envelope.Message;
import com.refundpilot.contracts.events.BuyerReplied;
import com.refundpilot.contracts.events.ComplaintFiled;
import com.refundpilot.contracts.events.DeadlineChanged;
import com.refundpilot.contracts.events.NegotiationAnswered;
import com.refundpilot.contracts.events.PlatformActionRejected;
import com.refundpilot.contracts.events.PlatformActionSucceeded;
import com.refundpilot.contracts.events.PlatformIntervened;
import com.refundpilot.contracts.events.PlatformRefundSettled;
import com.refundpilot.contracts.events.PlatformVerdict;
import com.refundpilot.contracts.events.RefundModified;
import com.refundpilot.contracts.events.RefundRequested;
import com.refundpilot.contracts.events.ReturnShipped;
import com.refundpilot.contracts.vocabulary.BuyerIntent;
import com.refundpilot.contracts.vocabulary.Evidence;
import com.refundpilot.contracts.vocabulary.EvidenceKind;
import com.refundpilot.contracts.vocabulary.NegotiationKind;
import com.refundpilot.contracts.vocabulary.OrderRef;
import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.contracts.vocabulary.PlatformAction;
import com.refundpilot.kit.outbox.AggregateStore;
import com.refundpilot.kit.testsupport.EmbeddedMongo;
import com.refundpilot.platform.PlatformAdapterApplication;
import com.refundpilot.platform.adapter.out.mongo.InboundMessageDocument;
import com.refundpilot.platform.adapter.out.mongo.PlatformActionDocument;
import com.refundpilot.platform.domain.taobao.WebhookSignature;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

/**
 * The refund-only SOP's platform side against the REAL sandbox over HTTP and a real KRaft broker: every new
 * push becomes its canonical event (once, however often it is delivered), and refusals and negotiations reach
 * the platform once per action key.
 */
@SpringBootTest(classes = PlatformAdapterApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedKafka(partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
class TaobaoDisputeAdapterIT extends AdapterAgainstSandbox {

    private static final TaobaoSandbox SANDBOX = new TaobaoSandbox();
    private static final Duration WAIT = Duration.ofSeconds(20);

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> EmbeddedMongo.freshUri("platform-disputes"));
        registry.add("refundpilot.platforms.taobao.base-url", SANDBOX::baseUrl);
    }

    @Autowired
    AggregateStore store;

    @AfterAll
    static void stopSandbox() {
        SANDBOX.stop();
    }

    @Override
    RealSandbox sandbox() {
        return SANDBOX;
    }

    // ---- helpers ----------------------------------------------------------------------------------------

    private static List<String> actionNames(String refundId) {
        return ((List<?>) SANDBOX.read("/refunds/" + refundId).get("actions")).stream().map(a -> (String) ((Map<?, ?>) a).get("action"))
                .toList();
    }

    private static OrderRef orderOf(String refundId) {
        return new OrderRef(Platform.TAOBAO, "shop-1", "T-" + refundId);
    }

    /** The buyer opens a refund, and the adapter has turned it into refund.requested. */
    private RefundRequested opened(String refundId, String type) {
        SANDBOX.control("/refunds", Map.of("shopId", "shop-1", "orderId", "T-" + refundId, "refundId", refundId,
                "type", type, "reason", "不想要了", "amountFen", 59900, "orderPaidFen", 59900, "deadlineIn", "PT72H"));
        return refundEvents.awaitOne(RefundRequested.class, refundId);
    }

    private void sendTwiceAndOnceMore(Message command, Message sameDecisionAgain) {
        Envelope envelope = Envelope.first(command, "test", clock.instant());
        kafka.send(envelope.topic(), envelope.partitionKey(), codec.encode(envelope));
        kafka.send(envelope.topic(), envelope.partitionKey(), codec.encode(envelope));
        send(sameDecisionAgain);
    }

    private RefuseRefund refusal(String refundId, long version) {
        OrderRef order = orderOf(refundId);
        String caseId = order.caseIdOf(refundId);
        return new RefuseRefund(order, caseId, refundId, "SIGNED_BY_BUYER", "快递显示本人签收,附签收底单",
                List.of(new Evidence(EvidenceKind.SIGNING_PROOF, "https://courier.example/proof/ZT1.jpg"),
                        new Evidence(EvidenceKind.TRACKING_RECORD, "ZTO ZT1")),
                version, caseId + ":REFUSE:" + version, "RS-6");
    }

    private NegotiateRefund proposal(String refundId, NegotiationKind kind, Long amountFen, long version) {
        OrderRef order = orderOf(refundId);
        String caseId = order.caseIdOf(refundId);
        return new NegotiateRefund(order, caseId, refundId, kind, amountFen, "定制商品已生产,协商退款", version,
                caseId + ":NEGOTIATE:" + version, "NS-6");
    }

    /** A push signed like the platform's, for messages the sandbox would not send twice on its own. */
    private String push(String topic, String msgId, Map<String, Object> content) {
        String body = "{\"topic\":\"" + topic + "\",\"msg_id\":\"" + msgId + "\",\"content\":"
                + codec.mapper().writeValueAsString(codec.mapper().writeValueAsString(content)) + "}";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String ts = Long.toString(clock.millis());
        return RestClient.create("http://localhost:" + adapterPort).post().uri("/webhooks/taobao")
                .contentType(MediaType.APPLICATION_JSON).header("X-Top-Timestamp", ts)
                .header("X-Top-Sign", new WebhookSignature("sandbox-secret", Duration.ofMinutes(5)).sign(ts, bytes))
                .body(bytes).exchange((request, response) -> {
                    assertThat(response.getStatusCode().value()).isEqualTo(200);
                    return new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8);
                });
    }

    // ---- refund requests ------------------------------------------------------------------------------------

    @Test
    void aRequestAnnouncesTheCapabilitiesThePlatformDeclares() {
        RefundRequested requested = opened("R-CAP", "REFUND_ONLY");

        List<?> declared = (List<?>) SANDBOX.read("/capabilities").get("actions");
        Set<PlatformAction> expected = declared.stream().map(a -> PlatformAction.valueOf((String) a))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(PlatformAction.class)));
        assertThat(requested.capabilities()).isEqualTo(expected).contains(PlatformAction.REFUSE, PlatformAction.NEGOTIATE);
    }

    // ---- refuse -----------------------------------------------------------------------------------------------

    @Test
    void aRefusalDeliveredThreeTimesReachesThePlatformOnceAndTheReApplicationComesBackAsModified() {
        opened("R-REFUSE", "REFUND_ONLY");
        long callsBefore = SANDBOX.calls("taobao.refund.refuse");

        sendTwiceAndOnceMore(refusal("R-REFUSE", 1), refusal("R-REFUSE", 1));

        PlatformActionSucceeded done = actionResults.awaitOne(PlatformActionSucceeded.class, "R-REFUSE");
        assertThat(done.action()).isEqualTo(PlatformAction.REFUSE);
        assertThat(done.actionKey()).isEqualTo("TAOBAO:shop-1:R-REFUSE:REFUSE:1");
        Map<?, ?> seen = SANDBOX.read("/refunds/" + "R-REFUSE");
        assertThat(seen.get("status")).isEqualTo("SELLER_REFUSE_BUYER");
        Map<?, ?> params = (Map<?, ?>) ((Map<?, ?>) ((List<?>) seen.get("actions")).get(0)).get("params");
        assertThat(params.get("proof")).isEqualTo("https://courier.example/proof/ZT1.jpg,ZTO ZT1");
        assertThat(params.get("reasonCode")).isEqualTo("SIGNED_BY_BUYER");

        SANDBOX.control("/refunds/R-REFUSE/modify", Map.of("deadlineIn", "PT48H"));
        RefundModified modified = refundEvents.awaitOne(RefundModified.class, "R-REFUSE");
        assertThat(modified.platformVersion()).isEqualTo(3);
        assertThat(Duration.between(modified.modifiedAt(), modified.deadline())).isEqualTo(Duration.ofHours(48));
        assertThat(SANDBOX.calls("taobao.refund.refuse")).isEqualTo(callsBefore + 1);
        assertThat(actionResults.about(PlatformActionSucceeded.class, "R-REFUSE")).hasSize(1);
    }

    @Test
    void aRefusalThePlatformRefusesComesBackWithItsSubCode() {
        opened("R-REFUSE-STALE", "REFUND_ONLY");
        send(refusal("R-REFUSE-STALE", 9));

        PlatformActionRejected rejected = actionResults.awaitOne(PlatformActionRejected.class, "R-REFUSE-STALE");
        assertThat(rejected.action()).isEqualTo(PlatformAction.REFUSE);
        assertThat(rejected.code()).isEqualTo("isv.refund-version-mismatch");
    }

    @Test
    void anAttemptWhoseAnswerWasLostIsReadBackNotSentAgain() {
        opened("R-LOST", "REFUND_ONLY");
        RefuseRefund command = refusal("R-LOST", 1);
        // The adapter stored its intent and called, then crashed before recording the answer.
        var intent = new PlatformActionDocument(command.actionKey(), PlatformAction.REFUSE, "R-LOST", clock.instant());
        intent.attempted(clock.instant());
        store.save(intent);
        SANDBOX.topCall("taobao.refund.refuse", Map.of("refund_id", "R-LOST", "refuse_reason", "快递显示本人签收",
                "refuse_proof", "proof.jpg", "refund_version", "1"));
        long callsBefore = SANDBOX.calls("taobao.refund.refuse");

        send(command);

        PlatformActionSucceeded recovered = actionResults.awaitOne(PlatformActionSucceeded.class, "R-LOST");
        assertThat(recovered.action()).isEqualTo(PlatformAction.REFUSE);
        assertThat(SANDBOX.calls("taobao.refund.refuse")).as("re-read, not resent").isEqualTo(callsBefore);
        assertThat(store.find(PlatformActionDocument.class, command.actionKey()).orElseThrow().getResultCode())
                .isEqualTo("RECOVERED");
    }

    // ---- negotiate ----------------------------------------------------------------------------------------------

    @Test
    void aPartialProposalReachesThePlatformOnceAndTheBuyersAcceptanceComesBackWithTheAmount() {
        opened("R-NEG", "REFUND_ONLY");
        long callsBefore = SANDBOX.calls("taobao.rp.refund.negotiate");

        sendTwiceAndOnceMore(proposal("R-NEG", NegotiationKind.PARTIAL_REFUND, 41930L, 1),
                proposal("R-NEG", NegotiationKind.PARTIAL_REFUND, 41930L, 1));

        PlatformActionSucceeded proposed = actionResults.awaitOne(PlatformActionSucceeded.class, "R-NEG");
        assertThat(proposed.action()).isEqualTo(PlatformAction.NEGOTIATE);
        assertThat(proposed.amountFen()).isEqualTo(41930);
        assertThat(actionNames("R-NEG")).containsExactly("NEGOTIATE");

        SANDBOX.control("/refunds/R-NEG/negotiation", Map.of("accepted", true));
        NegotiationAnswered answered = refundEvents.awaitOne(NegotiationAnswered.class, "R-NEG");
        assertThat(answered.accepted()).isTrue();
        assertThat(answered.amountFen()).isEqualTo(41930);
        assertThat(answered.platformVersion()).isEqualTo(2);

        OrderRef order = orderOf("R-NEG");
        send(new AgreeRefund(order, order.caseIdOf("R-NEG"), "R-NEG", 41930, true, 2,
                order.caseIdOf("R-NEG") + ":AGREE_PARTIAL_REFUND:2", "NS-6"));
        refundEvents.awaitOne(PlatformRefundSettled.class, "R-NEG");
        assertThat(actionNames("R-NEG")).containsExactly("NEGOTIATE", "AGREE_PARTIAL_REFUND");
        assertThat(refundEvents.about(PlatformRefundSettled.class, "R-NEG").get(0).refundedFen()).isEqualTo(41930);
        assertThat(SANDBOX.calls("taobao.rp.refund.negotiate")).isEqualTo(callsBefore + 1);
    }

    @Test
    void aProposalAboveTheRequestIsRejectedBeforeAnyCallAndARejectedAnswerComesBack() {
        opened("R-NEG-BIG", "REFUND_ONLY");
        long callsBefore = SANDBOX.calls("taobao.rp.refund.negotiate");
        send(proposal("R-NEG-BIG", NegotiationKind.PARTIAL_REFUND, 59901L, 1));

        PlatformActionRejected rejected = actionResults.awaitOne(PlatformActionRejected.class, "R-NEG-BIG");
        assertThat(rejected.code()).isEqualTo("INVALID_REQUEST");
        assertThat(rejected.reason()).contains("1..59900");
        assertThat(SANDBOX.calls("taobao.rp.refund.negotiate")).isEqualTo(callsBefore);

        opened("R-NEG-NO", "REFUND_ONLY");
        send(proposal("R-NEG-NO", NegotiationKind.CHANGE_TO_RETURN, null, 1));
        actionResults.awaitOne(PlatformActionSucceeded.class, "R-NEG-NO");
        SANDBOX.control("/refunds/R-NEG-NO/negotiation", Map.of("accepted", false));
        NegotiationAnswered answered = refundEvents.awaitOne(NegotiationAnswered.class, "R-NEG-NO");
        assertThat(answered.accepted()).isFalse();
        assertThat(answered.amountFen()).isNull();
        assertThat(answered.platformVersion()).isEqualTo(1);
    }

    // ---- the buyer in the chat ------------------------------------------------------------------------------------

    @Test
    void aBuyersChatMessageIsReadBackClassifiedAndPublishedOnceHoweverOftenItIsPushed() {
        opened("R-CHAT", "REFUND_ONLY");
        Map<?, ?> written = SANDBOX.control("/refunds/R-CHAT/buyer-messages", Map.of("says", "NOT_RECEIVED", "photos", true));

        BuyerReplied replied = refundEvents.awaitOne(BuyerReplied.class, "R-CHAT");
        assertThat(replied.intent()).isEqualTo(BuyerIntent.NOT_RECEIVED);
        assertThat(replied.text()).isEqualTo("没有收到货");
        assertThat(replied.photos()).isTrue();

        // The same message delivered twice more under one msg_id: one more event, not two.
        long messageId = ((Number) ((Map<?, ?>) ((List<?>) written.get("chat")).get(0)).get("id")).longValue();
        Map<String, Object> content = new HashMap<>(Map.of("refund_id", "R-CHAT", "tid", "T-R-CHAT",
                "seller_nick", "shop-1", "message_id", messageId));
        assertThat(push("taobao_refund_RefundCreateMessage", "chat-dup-1", content)).contains("accepted");
        assertThat(push("taobao_refund_RefundCreateMessage", "chat-dup-1", content)).contains("duplicate");
        SANDBOX.control("/refunds/R-CHAT/buyer-messages", Map.of("text", "你好在吗"));
        await().atMost(WAIT).until(() -> refundEvents.about(BuyerReplied.class, "R-CHAT").stream()
                .anyMatch(r -> r.intent() == BuyerIntent.OTHER));
        List<BuyerReplied> all = refundEvents.about(BuyerReplied.class, "R-CHAT");
        assertThat(all).extracting(BuyerReplied::intent)
                .containsExactlyInAnyOrder(BuyerIntent.NOT_RECEIVED, BuyerIntent.NOT_RECEIVED, BuyerIntent.OTHER);
    }

    // ---- the platform's moves ---------------------------------------------------------------------------------------

    @Test
    void aMovedDeadlineAndAReturnWaybillBecomeTheirEvents() {
        opened("R-MOVE", "RETURN_AND_REFUND");
        SANDBOX.control("/refunds/R-MOVE/deadline", Map.of("deadlineIn", "PT24H"));
        DeadlineChanged changed = refundEvents.awaitOne(DeadlineChanged.class, "R-MOVE");
        assertThat(Duration.between(changed.changedAt(), changed.deadline())).isEqualTo(Duration.ofHours(24));

        SANDBOX.control("/refunds/R-MOVE/return-shipment", Map.of("carrier", "ZTO", "trackingNo", "ZT-RET-1",
                "deadlineIn", "PT240H"));
        ReturnShipped shipped = refundEvents.awaitOne(ReturnShipped.class, "R-MOVE");
        assertThat(shipped.trackingNo()).isEqualTo("ZT-RET-1");
        assertThat(shipped.carrier()).isEqualTo("ZTO");
        assertThat(shipped.platformVersion()).isEqualTo(2);
        assertThat(Duration.between(shipped.shippedAt(), shipped.deadline())).isEqualTo(Duration.ofHours(240));
    }

    @Test
    void anInterventionAndAVerdictForTheBuyerAreFollowedByThePlatformsPayment() {
        opened("R-STAFF", "REFUND_ONLY");
        SANDBOX.control("/refunds/R-STAFF/intervention", Map.of("evidenceDeadlineIn", "PT48H"));
        PlatformIntervened intervened = refundEvents.awaitOne(PlatformIntervened.class, "R-STAFF");
        assertThat(Duration.between(intervened.intervenedAt(), intervened.evidenceDeadline()))
                .isEqualTo(Duration.ofHours(48));

        SANDBOX.control("/refunds/R-STAFF/verdict", Map.of("for", "BUYER"));
        PlatformVerdict verdict = refundEvents.awaitOne(PlatformVerdict.class, "R-STAFF");
        assertThat(verdict.forMerchant()).isFalse();
        PlatformRefundSettled paid = refundEvents.awaitOne(PlatformRefundSettled.class, "R-STAFF");
        assertThat(paid.refundedFen()).isEqualTo(59900);
        List<Message> order = refundEvents.all().stream()
                .filter(m -> m.subject().endsWith(":R-STAFF")).filter(m -> !(m instanceof RefundRequested)).toList();
        assertThat(order).extracting(m -> m.getClass().getSimpleName())
                .containsExactly("PlatformIntervened", "PlatformVerdict", "PlatformRefundSettled");
    }

    @Test
    void aVerdictForTheMerchantIsOnlyAVerdict() {
        opened("R-WON", "REFUND_ONLY");
        SANDBOX.control("/refunds/R-WON/intervention", Map.of("evidenceDeadlineIn", "PT48H"));
        SANDBOX.control("/refunds/R-WON/verdict", Map.of("for", "MERCHANT"));

        PlatformVerdict verdict = refundEvents.awaitOne(PlatformVerdict.class, "R-WON");
        assertThat(verdict.forMerchant()).isTrue();
        opened("R-WON-MARK", "REFUND_ONLY");
        assertThat(refundEvents.about(PlatformRefundSettled.class, "R-WON")).isEmpty();
    }

    @Test
    void aComplaintIsACaseOfItsOwn() {
        SANDBOX.control("/complaints", Map.of("shopId", "shop-1", "orderId", "T-C-1", "complaintId", "C-1",
                "kind", "LATE_SHIPMENT", "deadlineIn", "PT24H"));

        ComplaintFiled filed = refundEvents.awaitOne(ComplaintFiled.class, "C-1");
        assertThat(filed.caseId()).isEqualTo("TAOBAO:shop-1:C-1");
        assertThat(filed.order().orderId()).isEqualTo("T-C-1");
        assertThat(filed.kind()).isEqualTo("LATE_SHIPMENT");
        assertThat(Duration.between(filed.filedAt(), filed.deadline())).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void anUnknownTopicIsAcceptedKeptWithItsReasonAndPublishesNothing() {
        opened("R-ODD", "REFUND_ONLY");
        push("taobao_refund_SomethingNew", "odd-1", Map.of("refund_id", "R-ODD", "tid", "T-R-ODD",
                "seller_nick", "shop-1"));

        InboundMessageDocument kept = store.find(InboundMessageDocument.class, "TAOBAO:odd-1").orElseThrow();
        assertThat(kept.getDropReason()).contains("unknown topic");
        assertThat(kept.getOutbox()).isEmpty();
        opened("R-ODD-MARK", "REFUND_ONLY");
        assertThat(refundEvents.all().stream()
                .filter(m -> m.subject().endsWith(":R-ODD")).toList()).hasSize(1);
    }
}
