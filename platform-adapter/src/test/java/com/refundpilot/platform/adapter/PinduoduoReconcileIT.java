package com.refundpilot.platform.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.refundpilot.contracts.commands.AgreeRefund;
import com.refundpilot.contracts.events.PlatformActionSucceeded;
import com.refundpilot.contracts.events.PlatformRefundSettled;
import com.refundpilot.contracts.events.RefundRequested;
import com.refundpilot.contracts.events.ReturnShipped;
import com.refundpilot.contracts.vocabulary.OrderRef;
import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.contracts.vocabulary.RefundType;
import com.refundpilot.kit.testsupport.EmbeddedMongo;
import com.refundpilot.platform.PlatformAdapterApplication;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Pinduoduo's reconciliation sweep against the REAL sandbox, which loses every frame here: the sweep lists
 * {@code pdd.refund.list.increment.get} and tells each change once through the webhook's own path (a stand-in
 * frame, the after-sale read with {@code pdd.refund.information.get}) — the request, the return shipped, and after
 * the adapter's agree (sent once) the payment. Later sweeps over overlapping windows and the lost frames delivered
 * late tell nothing again.
 */
@SpringBootTest(classes = PlatformAdapterApplication.class, webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = {"refundpilot.platforms.pinduoduo.reconcile.enabled=true",
                "refundpilot.platforms.pinduoduo.reconcile.period=PT0.3S",
                "refundpilot.platforms.pinduoduo.reconcile.settle=PT1S",
                "refundpilot.platforms.pinduoduo.reconcile.overlap=PT30S",
                "refundpilot.platforms.pinduoduo.reconcile.initial-lookback=PT10M",
                "refundpilot.platforms.pinduoduo.reconcile.shops=shop-1"})
@EmbeddedKafka(partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
class PinduoduoReconcileIT extends LostPushesSweep {

    private static final TaobaoSandbox SANDBOX = new TaobaoSandbox();
    private static final int ADAPTER_PORT = freePort();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> EmbeddedMongo.freshUri("platform-reconcile-pdd"));
        startSandbox(SANDBOX, registry, "pinduoduo", ADAPTER_PORT);
    }

    @AfterAll
    static void stopSandbox() {
        SANDBOX.stop();
    }

    @Override
    Platform platform() {
        return Platform.PINDUODUO;
    }

    @Override
    TaobaoSandbox sandbox() {
        return SANDBOX;
    }

    @Override
    String path() {
        return "pinduoduo";
    }

    private long routerCalls(String type) {
        Object count = ((Map<?, ?>) read("/stats").get("calls")).get(type);
        return count == null ? 0 : ((Number) count).longValue();
    }

    @Test
    void everyFrameLostTheRequestTheReturnAndThePaymentAreToldOnceAndTheAgreeReachesPddOnce() {
        String refundId = "P-SWEPT-" + UUID.randomUUID().toString().substring(0, 6);
        assertThat(buyerOpens(refundId, "RETURN_AND_REFUND").get("pushes")).as("the frame was lost")
                .isEqualTo(List.of(0));

        RefundRequested requested = refundEvents.awaitOne(RefundRequested.class, refundId);
        assertThat(requested.order().platform()).isEqualTo(Platform.PINDUODUO);
        assertThat(requested.type()).isEqualTo(RefundType.RETURN_AND_REFUND);
        assertThat(requested.amountFen()).isEqualTo(59900);

        assertThat(buyerShipsTheReturn(refundId).get("pushes")).isEqualTo(List.of(0));
        ReturnShipped shipped = refundEvents.awaitOne(ReturnShipped.class, refundId);
        assertThat(shipped.trackingNo()).isEqualTo("SF-" + refundId);

        OrderRef order = requested.order();
        String caseId = order.caseIdOf(refundId);
        AgreeRefund agree = new AgreeRefund(order, caseId, refundId, 59900, false, shipped.platformVersion(),
                caseId + ":AGREE_REFUND:" + shipped.platformVersion(), "RR-1", null);
        send(agree);
        send(agree); // a redelivered command: still one call
        PlatformRefundSettled settled = refundEvents.awaitOne(PlatformRefundSettled.class, refundId);
        assertThat(settled.refundedFen()).isEqualTo(59900);
        assertThat(actionResults.awaitOne(PlatformActionSucceeded.class, refundId).amountFen()).isEqualTo(59900);

        // A marker opened after it: once the sweep told it, a later sweep whose windows overlap the above ran too.
        String marker = refundId + "-MARK";
        buyerOpens(marker, "REFUND_ONLY");
        refundEvents.awaitOne(RefundRequested.class, marker);
        awaitMoreSweeps(2);
        assertThat(deliverTheLostPushesLate()).as("created, return, payment, marker").isGreaterThanOrEqualTo(4);
        awaitMoreSweeps(2);

        assertThat(refundEvents.about(RefundRequested.class, refundId)).hasSize(1);
        assertThat(refundEvents.about(ReturnShipped.class, refundId)).hasSize(1);
        assertThat(refundEvents.about(PlatformRefundSettled.class, refundId)).hasSize(1);
        assertThat(actionResults.about(PlatformActionSucceeded.class, refundId)).hasSize(1);
        assertThat(routerCalls("pdd.refund.agree")).isEqualTo(1);
        assertThat((List<?>) read("/refunds/" + refundId).get("actions")).hasSize(1);
        assertThat(toldBySweep(refundId)).containsExactlyInAnyOrder("pdd_refund_RefundCreated",
                "pdd_refund_RefundBuyerReturnGoods", "pdd_refund_RefundAgreeAgreement");
        assertThat(metrics.recovered(Platform.PINDUODUO)).isGreaterThanOrEqualTo(4);
    }
}
