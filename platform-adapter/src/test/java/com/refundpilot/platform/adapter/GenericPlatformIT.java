package com.refundpilot.platform.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.refundpilot.contracts.commands.AgreeRefund;
import com.refundpilot.contracts.commands.ReportShipmentCancelled;
import com.refundpilot.contracts.events.PlatformActionSucceeded;
import com.refundpilot.contracts.events.PlatformRefundSettled;
import com.refundpilot.contracts.events.RefundRequested;
import com.refundpilot.contracts.vocabulary.OrderRef;
import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.contracts.vocabulary.PlatformAction;
import com.refundpilot.kit.testsupport.EmbeddedMongo;
import com.refundpilot.platform.PlatformAdapterApplication;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The generic platform end to end against the REAL sandbox, whose every push is lost here (its webhook points
 * nowhere): the reconciliation sweep lists the shop's after-sales and tells each change once — the request, and
 * after the merchant's agree (sent once over the signed open API, idempotency key and version) the payment. Further
 * sweeps over overlapping windows tell nothing more.
 */
@SpringBootTest(classes = PlatformAdapterApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"refundpilot.platforms.generic.reconcile.enabled=true",
                "refundpilot.platforms.generic.reconcile.period=PT0.3S",
                "refundpilot.platforms.generic.reconcile.settle=PT1S",
                "refundpilot.platforms.generic.reconcile.overlap=PT30S",
                "refundpilot.platforms.generic.reconcile.initial-lookback=PT10M",
                "refundpilot.platforms.generic.reconcile.shops=shop-g"})
@EmbeddedKafka(partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
class GenericPlatformIT extends AdapterAgainstSandbox {

    private static final RealSandbox SANDBOX = new RealSandbox("generic");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> EmbeddedMongo.freshUri("platform-generic-e2e"));
        registry.add("refundpilot.platforms.generic.base-url", SANDBOX::baseUrl);
        // Started here, pushing nowhere: starting it to push to the adapter before each test is then a no-op.
        SANDBOX.start("--sandbox.generic.webhook-url=http://localhost:1/webhooks/generic");
    }

    @AfterAll
    static void stopSandbox() {
        SANDBOX.stop();
    }

    @Override
    RealSandbox sandbox() {
        return SANDBOX;
    }

    @Test
    void lostPushesAreToldOnceByTheSweepAndTheAgreeReachesThePlatformOnce() {
        Map<?, ?> opened = SANDBOX.control("/refunds", Map.of("shopId", "shop-g", "orderId", "T-G1", "refundId",
                "G-E2E-1", "type", "REFUND_ONLY", "reason", "不想要了", "amountFen", 25900, "deadlineIn", "PT72H"));
        assertThat((List<Object>) opened.get("pushes")).as("the push was lost").containsOnly(0);

        RefundRequested requested = refundEvents.awaitOne(RefundRequested.class, "G-E2E-1");
        assertThat(requested.order().platform()).isEqualTo(Platform.GENERIC);
        assertThat(requested.amountFen()).isEqualTo(25900);

        OrderRef order = requested.order();
        AgreeRefund agree = new AgreeRefund(order, order.caseIdOf("G-E2E-1"), "G-E2E-1", 25900, false,
                requested.platformVersion(), "GENERIC:shop-g:G-E2E-1:AGREE_REFUND:" + requested.platformVersion(),
                "NS-1", null);
        send(agree);
        send(agree); // a redelivered command: still one call
        PlatformActionSucceeded succeeded = actionResults.awaitOne(PlatformActionSucceeded.class, "G-E2E-1");
        assertThat(succeeded.amountFen()).isEqualTo(25900);

        PlatformRefundSettled settled = refundEvents.awaitOne(PlatformRefundSettled.class, "G-E2E-1");
        assertThat(settled.refundedFen()).isEqualTo(25900);
        Map<?, ?> platformView = SANDBOX.read("/refunds/G-E2E-1");
        assertThat(((List<?>) platformView.get("actions"))).hasSize(1);

        // Sweeps keep running over overlapping windows: the marker, told by a later sweep whose window also covers
        // G-E2E-1's changes, proves one ran after them, and nothing came twice.
        SANDBOX.control("/refunds", Map.of("shopId", "shop-g", "orderId", "T-G2", "refundId", "G-E2E-MARK", "type",
                "REFUND_ONLY", "amountFen", 100));
        refundEvents.awaitOne(RefundRequested.class, "G-E2E-MARK");
        assertThat(refundEvents.about(RefundRequested.class, "G-E2E-1")).hasSize(1);
        assertThat(refundEvents.about(PlatformRefundSettled.class, "G-E2E-1")).hasSize(1);
        assertThat(actionResults.about(PlatformActionSucceeded.class, "G-E2E-1")).hasSize(1);
    }

    @Test
    void aCancelledShipmentIsReportedUnderItsIdempotencyKeyAndAnotherKeysRepeatIsSettledByTheReRead() {
        SANDBOX.control("/refunds", Map.of("shopId", "shop-g", "orderId", "T-G-SGC", "refundId", "G-SGC", "type",
                "REFUND_ONLY", "reason", "不想要了", "amountFen", 25900, "deadlineIn", "PT72H"));
        OrderRef order = refundEvents.awaitOne(RefundRequested.class, "G-SGC").order();
        String caseId = order.caseIdOf("G-SGC");
        var report = new ReportShipmentCancelled(order, caseId, "G-SGC", 25900, Instant.parse("2026-11-11T02:00:00Z"),
                caseId + ":REPORT_SHIPMENT_CANCELLED", "NS-1", null);
        send(report);
        send(report);

        assertThat(actionResults.awaitOne(PlatformActionSucceeded.class, "G-SGC").action())
                .isEqualTo(PlatformAction.REPORT_SHIPMENT_CANCELLED);
        send(new ReportShipmentCancelled(order, caseId, "G-SGC", 25900, Instant.parse("2026-11-11T02:00:00Z"),
                caseId + ":REPORT_SHIPMENT_CANCELLED:earlier", "NS-1", null)); // 409 ALREADY_REPORTED, re-read: in effect
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() ->
                actionResults.about(PlatformActionSucceeded.class, "G-SGC").size() == 2);
        Map<?, ?> platformView = SANDBOX.read("/refunds/G-SGC");
        assertThat((List<?>) platformView.get("actions")).hasSize(1);
        assertThat(platformView.get("status")).isEqualTo("WAIT_SELLER_AGREE");
    }
}
