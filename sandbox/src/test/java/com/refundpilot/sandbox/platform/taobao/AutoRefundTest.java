package com.refundpilot.sandbox.platform.taobao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.refundpilot.sandbox.SandboxIntegrationTest;
import com.refundpilot.sandbox.StubReceiver.Received;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class AutoRefundTest extends SandboxIntegrationTest {

    @Autowired
    AutoRefundSweeper sweeper;

    @Autowired
    MeterRegistry meters;

    private double autoRefundCounter() {
        return meters.get("sandbox.platform.auto.refunds").tag("platform", "TAOBAO").counter().count();
    }

    /** Waits until the sweeper has looked at least twice since now: one sweep may have begun earlier. */
    private void awaitTwoSweeps() {
        long seen = sweeper.completedSweeps();
        await().atMost(Duration.ofSeconds(5)).until(() -> sweeper.completedSweeps() >= seen + 2);
    }

    private JsonNode oracle(String refundId) {
        return http.get("/sandbox/platforms/taobao/refunds/" + refundId).json();
    }

    @Test
    void thePlatformRefundsItselfOnlyOnceTheDeadlineHasPassed() {
        String refundId = unique("R");
        http.postJson("/sandbox/platforms/taobao/refunds",
                TaobaoControlApiTest.refundJson(refundId, "").replace("PT72H", "PT1H"));
        double counterBefore = autoRefundCounter();
        long statsBefore = http.get("/sandbox/platforms/taobao/stats").json().get("autoRefunds").asLong();

        CLOCK.advance(Duration.ofMinutes(59));
        awaitTwoSweeps();
        assertThat(oracle(refundId).get("status").asString()).isEqualTo("WAIT_SELLER_AGREE");

        CLOCK.advance(Duration.ofMinutes(1));
        await().atMost(Duration.ofSeconds(5))
                .until(() -> oracle(refundId).get("status").asString().equals("SUCCESS"));

        JsonNode seen = oracle(refundId);
        assertThat(seen.get("autoRefunded").asBoolean()).isTrue();
        assertThat(seen.get("refundedFen").asLong()).isEqualTo(59900);
        assertThat(seen.get("actions").get(0).get("action").asString()).isEqualTo("AUTO_REFUND");
        assertThat(seen.get("actions").size()).isEqualTo(1);
        assertThat(autoRefundCounter()).isEqualTo(counterBefore + 1);
        assertThat(http.get("/sandbox/platforms/taobao/stats").json().get("autoRefunds").asLong())
                .isEqualTo(statsBefore + 1);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(STUB.receivedOn(WEBHOOK_PATH, refundId))
                .extracting(Received::text).anyMatch(t -> t.contains("taobao_refund_RefundSuccess")));

        awaitTwoSweeps();
        assertThat(autoRefundCounter()).as("a refund is auto-refunded once").isEqualTo(counterBefore + 1);
    }

    private String open(String type, String deadlineIn) {
        String refundId = unique("R");
        http.postJson("/sandbox/platforms/taobao/refunds", TaobaoControlApiTest.refundJson(refundId, "")
                .replace("REFUND_ONLY", type).replace("PT72H", deadlineIn));
        return refundId;
    }

    private void refuse(String refundId) {
        java.util.Map<String, String> params = new java.util.HashMap<>(java.util.Map.of("method", "taobao.refund.refuse",
                "app_key", "sandbox-app", "session", "shop-1", "timestamp", TaobaoWire.time(CLOCK.instant()),
                "v", "2.0", "refund_id", refundId, "refuse_reason", "签收", "refuse_proof", "p.jpg",
                "refund_version", "1"));
        params.put("sign", TopSigner.sign("sandbox-secret", params));
        assertThat(http.postForm("/router/rest", params).json().get("refund_refuse_response").get("succ").asBoolean())
                .isTrue();
    }

    @Test
    void refusedClosedAndIntervenedRefundsAreNeverAutoRefundedButAReturnWaitingForReceiptIs() {
        String refused = open("REFUND_ONLY", "PT1H");
        refuse(refused);
        String closed = open("REFUND_ONLY", "PT1H");
        http.postJson("/sandbox/platforms/taobao/refunds/" + closed + "/close", "");
        String intervened = open("REFUND_ONLY", "PT1H");
        http.postJson("/sandbox/platforms/taobao/refunds/" + intervened + "/intervention", "{\"evidenceDeadlineIn\":\"PT1H\"}");
        String negotiating = open("REFUND_ONLY", "PT1H");
        String returning = open("RETURN_AND_REFUND", "PT1H");
        http.postJson("/sandbox/platforms/taobao/refunds/" + returning + "/return-shipment",
                "{\"carrier\":\"ZTO\",\"trackingNo\":\"ZT1\",\"deadlineIn\":\"PT2H\"}");
        java.util.Map<String, String> params = new java.util.HashMap<>(java.util.Map.of("method",
                "taobao.rp.refund.negotiate", "app_key", "sandbox-app", "session", "shop-1",
                "timestamp", TaobaoWire.time(CLOCK.instant()), "v", "2.0", "refund_id", negotiating,
                "negotiate_type", "ASK_TO_CANCEL", "message", "亲，可以取消吗", "refund_version", "1"));
        params.put("sign", TopSigner.sign("sandbox-secret", params));
        http.postForm("/router/rest", params);

        CLOCK.advance(Duration.ofHours(1));
        await().atMost(Duration.ofSeconds(5)).until(() -> oracle(negotiating).get("status").asString().equals("SUCCESS"));
        assertThat(oracle(negotiating).get("negotiation").get("state").asString()).as("the deadline kept running")
                .isEqualTo("LAPSED");
        awaitTwoSweeps();
        assertThat(oracle(returning).get("status").asString()).isEqualTo("WAIT_SELLER_CONFIRM_GOODS");

        CLOCK.advance(Duration.ofHours(1));
        await().atMost(Duration.ofSeconds(5)).until(() -> oracle(returning).get("status").asString().equals("SUCCESS"));
        assertThat(oracle(returning).get("autoRefunded").asBoolean()).isTrue();
        awaitTwoSweeps();
        assertThat(oracle(refused).get("status").asString()).isEqualTo("SELLER_REFUSE_BUYER");
        assertThat(oracle(closed).get("status").asString()).isEqualTo("CLOSED");
        assertThat(oracle(intervened).get("status").asString()).isEqualTo("WAIT_SELLER_AGREE");
        for (String refundId : java.util.List.of(refused, closed, intervened)) {
            assertThat(oracle(refundId).get("autoRefunded").asBoolean()).isFalse();
        }
    }

    @Test
    void aMovedDeadlineIsTheOneTheAutoRefundKeeps() {
        String refundId = open("REFUND_ONLY", "PT1H");
        http.postJson("/sandbox/platforms/taobao/refunds/" + refundId + "/deadline", "{\"deadlineIn\":\"PT3H\"}");
        CLOCK.advance(Duration.ofHours(2));
        awaitTwoSweeps();
        assertThat(oracle(refundId).get("status").asString()).isEqualTo("WAIT_SELLER_AGREE");
        CLOCK.advance(Duration.ofHours(1));
        await().atMost(Duration.ofSeconds(5)).until(() -> oracle(refundId).get("status").asString().equals("SUCCESS"));
    }
}
