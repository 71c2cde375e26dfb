package com.refundpilot.platform.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.refundpilot.contracts.commands.AgreeRefund;
import com.refundpilot.contracts.commands.SendBuyerMessage;
import com.refundpilot.contracts.envelope.Envelope;
import com.refundpilot.contracts.events.PlatformActionRejected;
import com.refundpilot.contracts.events.PlatformActionSucceeded;
import com.refundpilot.contracts.events.PlatformRefundSettled;
import com.refundpilot.contracts.events.RefundRequested;
import com.refundpilot.contracts.vocabulary.OrderRef;
import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.contracts.vocabulary.RefundReason;
import com.refundpilot.kit.testsupport.EmbeddedMongo;
import com.refundpilot.platform.PlatformAdapterApplication;
import com.refundpilot.platform.domain.taobao.WebhookSignature;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

/**
 * platform-adapter against the REAL sandbox platform over HTTP (a contract test of both sides of the
 * Taobao-style protocol) and a real KRaft broker: signed pushes in, canonical events out, agree calls
 * sent exactly once, and every forged or malformed push refused with nothing published.
 */
@SpringBootTest(classes = PlatformAdapterApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedKafka(partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
class TaobaoAdapterIT extends AdapterAgainstSandbox {

    private static final TaobaoSandbox SANDBOX = new TaobaoSandbox();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> EmbeddedMongo.freshUri("platform"));
        registry.add("refundpilot.platforms.taobao.base-url", SANDBOX::baseUrl);
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
        return SANDBOX.control("/refunds", Map.of("shopId", "shop-1", "orderId", "T-" + refundId, "refundId", refundId,
                "type", "REFUND_ONLY", "reason", "不想要了", "amountFen", 59900, "quantity", 1,
                "orderPaidFen", 59900, "deadlineIn", "PT72H", "deliveries", deliveries));
    }

    @Test
    void aBuyerRequestPushedThreeTimesBecomesOneCanonicalEvent() {
        Map<?, ?> created = buyerOpens("R-IN", 3);

        assertThat(created.get("pushes")).isEqualTo(List.of(200, 200, 200));
        refundEvents.awaitOne(RefundRequested.class, "R-IN");
        buyerOpens("R-IN-MARK", 1);
        refundEvents.awaitOne(RefundRequested.class, "R-IN-MARK");

        List<RefundRequested> requests = refundEvents.about(RefundRequested.class, "R-IN");
        assertThat(requests).hasSize(1);
        RefundRequested request = requests.get(0);
        assertThat(request.order()).isEqualTo(new OrderRef(Platform.TAOBAO, "shop-1", "T-R-IN"));
        assertThat(request.amountFen()).isEqualTo(59900);
        assertThat(request.reason()).isEqualTo(RefundReason.NOT_WANTED);
        assertThat(request.platformVersion()).isEqualTo(1);
        assertThat(Duration.between(request.requestedAt(), request.deadline())).isEqualTo(Duration.ofHours(72));
    }

    @Test
    void anAgreeDeliveredTwiceReachesThePlatformOnceAndItsSuccessComesBack() {
        buyerOpens("R-AGREE", 1);
        OrderRef order = new OrderRef(Platform.TAOBAO, "shop-1", "T-R-AGREE");
        String caseId = order.caseIdOf("R-AGREE");
        var agree = new AgreeRefund(order, caseId, "R-AGREE", 59900, false, 1, caseId + ":AGREE_REFUND:1", "NS-1");
        Envelope envelope = Envelope.first(agree, "test", clock.instant());
        kafka.send(envelope.topic(), envelope.partitionKey(), codec.encode(envelope));
        kafka.send(envelope.topic(), envelope.partitionKey(), codec.encode(envelope));
        send(agree); // the same decision under a new envelope: same natural key, still one call

        refundEvents.awaitOne(PlatformRefundSettled.class, "R-AGREE");
        send(new SendBuyerMessage(order, caseId, "R-AGREE", "m-1", "亲亲,退款已同意"));
        await().atMost(Duration.ofSeconds(20)).until(() ->
                ((List<?>) SANDBOX.read("/refunds/R-AGREE").get("buyerMessages")).size() == 1);

        Map<?, ?> seen = SANDBOX.read("/refunds/R-AGREE");
        assertThat((List<?>) seen.get("actions")).hasSize(1);
        assertThat(seen.get("status")).isEqualTo("SUCCESS");
        assertThat(actionResults.about(PlatformActionSucceeded.class, "R-AGREE"))
                .filteredOn(s -> s.action().paysBuyer()).hasSize(1);
        assertThat(refundEvents.about(PlatformRefundSettled.class, "R-AGREE").get(0).refundedFen()).isEqualTo(59900);
    }

    @Test
    void anAgreeOnAStaleVersionComesBackAsARejectionEvent() {
        buyerOpens("R-STALE", 1);
        OrderRef order = new OrderRef(Platform.TAOBAO, "shop-1", "T-R-STALE");
        String caseId = order.caseIdOf("R-STALE");
        send(new AgreeRefund(order, caseId, "R-STALE", 59900, false, 7, caseId + ":AGREE_REFUND:7", "NS-1"));

        actionResults.awaitOne(PlatformActionRejected.class, "R-STALE");
        assertThat(actionResults.about(PlatformActionRejected.class, "R-STALE").get(0).code())
                .isEqualTo("isv.refund-version-mismatch");
    }

    // ---- the webhook's defences: each refusal is a 4xx problem+json and publishes nothing -------------------

    private String message(String msgId, String refundId) {
        String content = "{\"refund_id\":\"" + refundId + "\",\"tid\":\"T-" + refundId + "\",\"seller_nick\":\"shop-1\","
                + "\"refund_fee\":\"599.00\"}";
        return "{\"topic\":\"taobao_refund_RefundCreated\",\"msg_id\":\"" + msgId + "\",\"content\":"
                + codec.mapper().writeValueAsString(content) + "}";
    }

    private ResponseEntity<String> push(byte[] body, String timestamp, String sign) {
        return RestClient.create("http://localhost:" + adapterPort).post().uri("/webhooks/taobao")
                .contentType(MediaType.APPLICATION_JSON)
                .headers(h -> {
                    if (timestamp != null) {
                        h.set("X-Top-Timestamp", timestamp);
                    }
                    if (sign != null) {
                        h.set("X-Top-Sign", sign);
                    }
                })
                .body(body).exchange((request, response) -> ResponseEntity.status(response.getStatusCode())
                        .headers(response.getHeaders())
                        .body(new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8)));
    }

    private ResponseEntity<String> signedPush(String body, String secret, long timestampMillis) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String ts = Long.toString(timestampMillis);
        return push(bytes, ts, new WebhookSignature(secret, Duration.ofMinutes(5)).sign(ts, bytes));
    }

    private static void assertProblem(ResponseEntity<String> response, int status, String mentions) {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatusCode.valueOf(status));
        assertThat(response.getHeaders().getContentType().toString()).contains("application/problem+json");
        assertThat(response.getBody()).contains(mentions);
    }

    @Test
    void forgedMalformedExpiredOrOversizedPushesAreRefusedAndPublishNothing() {
        buyerOpens("R-SEC", 1);
        refundEvents.awaitOne(RefundRequested.class, "R-SEC");
        long now = clock.millis();
        String valid = message("sec-" + UUID.randomUUID(), "R-SEC-X");

        assertProblem(push(valid.getBytes(StandardCharsets.UTF_8), Long.toString(now), "Zm9yZ2Vk"), 401, "X-Top-Sign");
        assertProblem(signedPush(valid, "wrong-secret", now), 401, "X-Top-Sign");
        assertProblem(push(valid.getBytes(StandardCharsets.UTF_8), Long.toString(now), null), 401, "X-Top-Sign");
        assertProblem(signedPush(valid, "sandbox-secret", now - Duration.ofMinutes(10).toMillis()), 401,
                "X-Top-Timestamp");
        assertProblem(signedPush("{not json", "sandbox-secret", now), 400, "body");
        assertProblem(signedPush("{\"topic\":\"taobao_refund_RefundCreated\",\"content\":\"{}\"}", "sandbox-secret", now),
                400, "msg_id");
        assertProblem(signedPush("{\"topic\":\"t\",\"msg_id\":\"m\",\"content\":\"{\\\"tid\\\":\\\"T\\\"}\"}",
                "sandbox-secret", now), 400, "content.refund_id");
        assertProblem(signedPush("{\"pad\":\"" + "x".repeat(70_000) + "\"}", "sandbox-secret", now), 413, "exceeds");

        // The refund R-SEC-X was never pushed validly: no event for it ever appears.
        buyerOpens("R-SEC-MARK", 1);
        refundEvents.awaitOne(RefundRequested.class, "R-SEC-MARK");
        assertThat(refundEvents.about(RefundRequested.class, "R-SEC-X")).isEmpty();
    }

    @Test
    void aReplayedMessageIsAcceptedOnceAndAnsweredAsDuplicate() {
        buyerOpens("R-REPLAY", 1);
        refundEvents.awaitOne(RefundRequested.class, "R-REPLAY");
        String body = message("replay-1", "R-REPLAY");

        var first = signedPush(body, "sandbox-secret", clock.millis());
        var replay = signedPush(body, "sandbox-secret", clock.millis());

        assertThat(first.getStatusCode().value()).isEqualTo(200);
        assertThat(replay.getBody()).contains("duplicate");
    }
}
