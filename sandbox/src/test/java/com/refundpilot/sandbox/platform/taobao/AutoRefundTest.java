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
}
