package com.refundpilot.refund.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.refundpilot.contracts.codec.EnvelopeCodec;
import com.refundpilot.contracts.commands.AgreeRefund;
import com.refundpilot.contracts.commands.CheckFulfilment;
import com.refundpilot.contracts.commands.InterceptParcel;
import com.refundpilot.contracts.commands.NegotiateRefund;
import com.refundpilot.contracts.commands.RefuseRefund;
import com.refundpilot.contracts.commands.WatchParcel;
import com.refundpilot.contracts.events.ParcelStatusReported;
import com.refundpilot.contracts.vocabulary.Address;
import com.refundpilot.contracts.vocabulary.EvidenceKind;
import com.refundpilot.contracts.vocabulary.TrackingStatus;
import com.refundpilot.contracts.commands.NotifyBuyer;
import com.refundpilot.contracts.commands.StopFulfilment;
import com.refundpilot.contracts.envelope.Envelope;
import com.refundpilot.contracts.envelope.Message;
import com.refundpilot.contracts.events.FulfilmentReported;
import com.refundpilot.contracts.events.FulfilmentStopped;
import com.refundpilot.contracts.events.PlatformActionSucceeded;
import com.refundpilot.contracts.events.RefundRequested;
import com.refundpilot.contracts.topics.Topics;
import com.refundpilot.contracts.vocabulary.FulfilmentState;
import com.refundpilot.contracts.vocabulary.OrderRef;
import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.contracts.vocabulary.PlatformAction;
import com.refundpilot.contracts.vocabulary.RefundReason;
import com.refundpilot.contracts.vocabulary.RefundType;
import com.refundpilot.contracts.vocabulary.WarehouseAction;
import com.refundpilot.kit.testsupport.EmbeddedMongo;
import com.refundpilot.kit.testsupport.VirtualTimeConfiguration;
import com.refundpilot.kit.testsupport.TopicReader;
import com.refundpilot.refund.RefundServiceApplication;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/**
 * refund-service alone on a real KRaft broker and the Mongo wire protocol: it plays the NS-1 conversation
 * with the other services through their topics, and shows the case with its rule through its API.
 */
@SpringBootTest(classes = {RefundServiceApplication.class, VirtualTimeConfiguration.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"refundpilot.timers.sweep-interval=PT0.05S", "refundpilot.outbox.sweep-interval=PT0.2S"})
@EmbeddedKafka(partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
class CaseFlowIT {

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> EmbeddedMongo.freshUri("refund"));
    }

    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    EmbeddedKafkaBroker broker;
    @Autowired
    Clock clock;
    @LocalServerPort
    int port;

    private final EnvelopeCodec codec = new EnvelopeCodec();
    private TopicReader warehouseCommands;
    private TopicReader platformCommands;
    private TopicReader notificationCommands;
    private TopicReader logisticsCommands;

    @BeforeEach
    void readers() {
        warehouseCommands = new TopicReader(broker.getBrokersAsString(), Topics.WAREHOUSE_COMMANDS);
        platformCommands = new TopicReader(broker.getBrokersAsString(), Topics.PLATFORM_COMMANDS);
        notificationCommands = new TopicReader(broker.getBrokersAsString(), Topics.NOTIFICATION_COMMANDS);
        logisticsCommands = new TopicReader(broker.getBrokersAsString(), Topics.LOGISTICS_COMMANDS);
    }

    @AfterEach
    void close() {
        warehouseCommands.close();
        platformCommands.close();
        notificationCommands.close();
        logisticsCommands.close();
    }

    private void publish(Message message) {
        Envelope envelope = Envelope.first(message, "test", clock.instant());
        kafka.send(envelope.topic(), envelope.partitionKey(), codec.encode(envelope));
    }

    private <T extends Message> List<T> seen(TopicReader reader, Class<T> type, String caseId) {
        return reader.values().stream().map(codec::decode).map(Envelope::data).filter(type::isInstance)
                .map(type::cast).filter(m -> m.subject().equals(caseId)).toList();
    }

    private RefundRequested request(OrderRef order, String refundId) {
        return new RefundRequested(order, refundId, RefundType.REFUND_ONLY, RefundReason.NOT_WANTED, "不想要了", 59900,
                1, 59900, 1, "SHOE-BLK-42", clock.instant(), clock.instant().plus(Duration.ofHours(72)), 1);
    }

    private Optional<Map<String, Object>> caseView(String caseId) {
        try {
            return Optional.ofNullable(RestClient.create("http://localhost:" + port).get()
                    .uri("/api/cases/{id}", caseId).retrieve().body(Map.class));
        } catch (HttpClientErrorException.NotFound e) {
            return Optional.empty();
        }
    }

    @Test
    void ns1ConversationEndsRefundedWithItsRuleAndTimeline() {
        OrderRef order = new OrderRef(Platform.TAOBAO, "shop-1", "T-NS1");
        String caseId = order.caseIdOf("R-NS1");

        publish(request(order, "R-NS1"));
        await().atMost(Duration.ofSeconds(20)).until(() -> !seen(warehouseCommands, CheckFulfilment.class, caseId).isEmpty());

        publish(new FulfilmentReported(order, caseId, FulfilmentState.NOT_ALLOCATED_NOT_AUDITED, false, false, null, null));
        await().atMost(Duration.ofSeconds(20)).until(() -> !seen(warehouseCommands, StopFulfilment.class, caseId).isEmpty());
        assertThat(seen(warehouseCommands, StopFulfilment.class, caseId).get(0).steps())
                .containsExactly(WarehouseAction.CANCEL_ORDER);

        publish(new FulfilmentStopped(order, caseId, List.of(WarehouseAction.CANCEL_ORDER)));
        await().atMost(Duration.ofSeconds(20)).until(() -> !seen(platformCommands, AgreeRefund.class, caseId).isEmpty());
        AgreeRefund agree = seen(platformCommands, AgreeRefund.class, caseId).get(0);

        publish(new PlatformActionSucceeded(order, caseId, "R-NS1", PlatformAction.AGREE_REFUND, agree.actionKey(), 59900));
        await().atMost(Duration.ofSeconds(20)).until(() -> !seen(notificationCommands, NotifyBuyer.class, caseId).isEmpty());

        Map<String, Object> view = await().atMost(Duration.ofSeconds(10))
                .until(() -> caseView(caseId).orElse(null), v -> v != null && "REFUNDED".equals(v.get("outcome")));
        assertThat(view.get("refundedFen")).isEqualTo(59900);
        assertThat(view.get("rules")).isEqualTo(List.of("DL-1", "NS-1", "NS-RETAIN"));
        assertThat((List<?>) view.get("timeline")).hasSizeGreaterThanOrEqualTo(6);

        List<?> byRefundId = RestClient.create("http://localhost:" + port).get()
                .uri("/api/cases?platformRefundId={id}", "R-NS1").retrieve().body(List.class);
        assertThat(byRefundId).hasSize(1);
    }

    @Test
    void aShippedHighValueRefundIsInterceptedThenRefusedWithTrackingAtTheLastResort() {
        OrderRef order = new OrderRef(Platform.TAOBAO, "shop-1", "T-RS4");
        String caseId = order.caseIdOf("R-RS4");
        publish(new RefundRequested(order, "R-RS4", RefundType.REFUND_ONLY, RefundReason.NOT_WANTED, "不想要了", 59900,
                1, 59900, 1, "SHOE-BLK-42", clock.instant(), clock.instant().plus(Duration.ofHours(72)), 1,
                java.util.Set.of(PlatformAction.values())));
        await().atMost(Duration.ofSeconds(20)).until(() -> !seen(warehouseCommands, CheckFulfilment.class, caseId).isEmpty());
        publish(new FulfilmentReported(order, caseId, FulfilmentState.SHIPPED, false, false, "ZTO", "ZT-RS4", false, 620,
                new Address("浙江", "杭州"), null));
        await().atMost(Duration.ofSeconds(20)).until(() -> !seen(logisticsCommands, WatchParcel.class, caseId).isEmpty());
        publish(new ParcelStatusReported(order, caseId, "ZTO", "ZT-RS4", TrackingStatus.IN_TRANSIT,
                clock.instant().minus(Duration.ofHours(2)), new Address("江苏", "南京"), null));
        await().atMost(Duration.ofSeconds(20)).until(() -> !seen(logisticsCommands, InterceptParcel.class, caseId).isEmpty());

        // the decision margin (deadline − 24 h) passes without an intercept result: RS-4, negotiated first (G-6)
        ((com.refundpilot.kit.time.VirtualClock) clock).advance(Duration.ofHours(49));
        await().atMost(Duration.ofSeconds(20)).until(() -> !seen(platformCommands, NegotiateRefund.class, caseId).isEmpty());
        assertThat(seen(platformCommands, RefuseRefund.class, caseId)).isEmpty();

        ((com.refundpilot.kit.time.VirtualClock) clock).advance(Duration.ofHours(22)); // past the last resort
        RefuseRefund refusal = await().atMost(Duration.ofSeconds(20))
                .until(() -> seen(platformCommands, RefuseRefund.class, caseId), l -> !l.isEmpty()).get(0);
        assertThat(refusal.ruleId()).isEqualTo("RS-4");
        assertThat(refusal.evidence()).extracting(e -> e.kind()).contains(EvidenceKind.TRACKING_RECORD);

        publish(new PlatformActionSucceeded(order, caseId, "R-RS4", PlatformAction.REFUSE, refusal.actionKey(), 0));
        Map<String, Object> view = await().atMost(Duration.ofSeconds(10))
                .until(() -> caseView(caseId).orElse(null), v -> v != null && "REFUSED".equals(v.get("outcome")));
        assertThat(view.get("rules").toString()).contains("RS-2", "RS-4", "G-6", "DL-3");
        assertThat(((Map<?, ?>) view.get("parcel")).get("trackingNo")).isEqualTo("ZT-RS4");
    }

    @Test
    void aDuplicatedRequestOpensOneCaseAndAsksTheWarehouseOnce() {
        OrderRef order = new OrderRef(Platform.TAOBAO, "shop-1", "T-DUP");
        String caseId = order.caseIdOf("R-DUP");
        Envelope envelope = Envelope.first(request(order, "R-DUP"), "test", clock.instant());
        String json = codec.encode(envelope);

        kafka.send(envelope.topic(), envelope.partitionKey(), json);
        kafka.send(envelope.topic(), envelope.partitionKey(), json);
        publish(request(order, "R-DUP")); // the same request under a new envelope ID: the case already exists

        await().atMost(Duration.ofSeconds(20)).until(() -> caseView(caseId).isPresent());
        Envelope marker = Envelope.first(request(new OrderRef(Platform.TAOBAO, "shop-1", "T-MARK"), "R-MARK"), "test",
                clock.instant());
        kafka.send(marker.topic(), marker.partitionKey(), codec.encode(marker));
        String markerCase = marker.subject();
        await().atMost(Duration.ofSeconds(20)).until(() -> !seen(warehouseCommands, CheckFulfilment.class, markerCase).isEmpty());

        assertThat(seen(warehouseCommands, CheckFulfilment.class, caseId)).hasSize(1);
    }

    @Test
    void aShopsPolicyIsStoredReadBackAndBadValuesAreRefusedNamingTheField() {
        RestClient api = RestClient.create("http://localhost:" + port);
        Map<?, ?> before = api.get().uri("/api/shops/TAOBAO/shop-policy/policy").retrieve().body(Map.class);
        assertThat(before.get("source")).isEqualTo("DEFAULT");

        Map<?, ?> saved = api.put().uri("/api/shops/taobao/shop-policy/policy")
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .body(Map.of("highValueThresholdFen", 60000, "decisionMargin", "PT12H", "refundOn", "RETURN_RECEIVED",
                        "labelPrintCutoff", "08:30"))
                .retrieve().body(Map.class);
        Map<?, ?> after = api.get().uri("/api/shops/TAOBAO/shop-policy/policy").retrieve().body(Map.class);

        assertThat(after).isEqualTo(saved);
        assertThat(after.get("source")).isEqualTo("SHOP");
        Map<?, ?> policy = (Map<?, ?>) after.get("policy");
        assertThat(policy.get("highValueThresholdFen")).isEqualTo(60000);
        assertThat(policy.get("decisionMargin")).isEqualTo("PT12H");
        assertThat(policy.get("lastResortMargin")).isEqualTo("PT2H");
        assertThat(policy.get("refundOn")).isEqualTo("RETURN_RECEIVED");
        assertThat(policy.get("labelPrintCutoff")).isEqualTo("08:30");

        assertBadPolicy(Map.of("lastResortMargin", "PT30H"), "lastResortMargin");
        assertBadPolicy(Map.of("decisionMargin", "one day"), "decisionMargin");
        assertBadPolicy(Map.of("highValueThresholdFen", -1), "highValueThresholdFen");
        assertBadPolicy(Map.of("refundOn", "WHENEVER"), "refundOn");
        Map<?, ?> unchanged = api.get().uri("/api/shops/TAOBAO/shop-policy/policy").retrieve().body(Map.class);
        assertThat(unchanged).isEqualTo(after);
    }

    private void assertBadPolicy(Map<String, Object> body, String field) {
        var error = org.junit.jupiter.api.Assertions.assertThrows(HttpClientErrorException.BadRequest.class, () ->
                RestClient.create("http://localhost:" + port).put().uri("/api/shops/TAOBAO/shop-policy/policy")
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON).body(body)
                        .retrieve().body(String.class));
        assertThat(error.getResponseHeaders().getContentType().toString()).contains("application/problem+json");
        assertThat(error.getResponseBodyAsString()).contains("\"field\":\"" + field + "\"");
    }

    @Test
    void unknownCaseAnswers404ProblemJson() {
        var error = org.junit.jupiter.api.Assertions.assertThrows(HttpClientErrorException.NotFound.class, () ->
                RestClient.create("http://localhost:" + port).get().uri("/api/cases/{id}", "TAOBAO:x:nope")
                        .retrieve().body(String.class));
        assertThat(error.getResponseHeaders().getContentType().toString()).contains("application/problem+json");
        assertThat(error.getResponseBodyAsString()).contains("no case TAOBAO:x:nope");
    }

    @Test
    void searchWithoutRefundIdIs400NamingTheParameter() {
        var error = org.junit.jupiter.api.Assertions.assertThrows(HttpClientErrorException.BadRequest.class, () ->
                RestClient.create("http://localhost:" + port).get().uri("/api/cases").retrieve().body(String.class));
        assertThat(error.getResponseBodyAsString()).contains("platformRefundId");
    }
}
