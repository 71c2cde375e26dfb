package com.refundpilot.platform.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.refundpilot.contracts.events.PlatformActionSucceeded;
import com.refundpilot.contracts.events.PlatformRefundSettled;
import com.refundpilot.contracts.events.RefundRequested;
import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.platform.adapter.out.mongo.InboundMessageDocument;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Douyin end to end against the REAL sandbox, which loses every push here (its webhook-loss control): the
 * reconciliation sweep over {@code afterSale/List} tells each change once — the request, and after the merchant's
 * agree (sent once as afterSale/operate) the payment. Further sweeps over overlapping windows tell nothing more, and
 * the lost batches delivered late are accepted and publish nothing.
 */
class DouyinReconcileIT extends SandboxSweep {

    private static final DouyinSandbox SANDBOX = new DouyinSandbox();
    private static final int ADAPTER_PORT = freePort();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        startSandbox(SANDBOX, registry, "douyin", "shop-dy", ADAPTER_PORT);
    }

    @AfterAll
    static void stopSandbox() {
        SANDBOX.stop();
    }

    @Override
    Platform platform() {
        return Platform.DOUYIN;
    }

    @Override
    RealSandbox sandbox() {
        return SANDBOX;
    }

    @Test
    void lostPushesAreToldOnceByTheSweepTheAgreeReachesThePlatformOnceAndLatePushesTellNothing() {
        SANDBOX.control("/webhook-loss", Map.of("dropNext", 1000));
        Map<?, ?> opened = SANDBOX.control("/refunds", Map.of("shopId", "shop-dy", "orderId", "T-DY-R1",
                "refundId", "DY-R1", "type", "REFUND_ONLY", "reason", "不想要了", "amountFen", 25900, "quantity", 1,
                "orderPaidFen", 25900, "deadlineIn", "PT72H"));
        assertThat(opened.get("pushes")).as("the push was lost").isEqualTo(List.of(0));

        RefundRequested requested = refundEvents.awaitOne(RefundRequested.class, "DY-R1");
        assertThat(requested.amountFen()).isEqualTo(25900);
        assertThat(requested.platformVersion()).as("update_time").isGreaterThan(0);

        agreeTwice(requested.order(), "DY-R1", 25900, requested.platformVersion(), "NS-1");
        actionResults.awaitOne(PlatformActionSucceeded.class, "DY-R1");
        PlatformRefundSettled settled = refundEvents.awaitOne(PlatformRefundSettled.class, "DY-R1");
        assertThat(settled.refundedFen()).isEqualTo(25900);
        assertThat((List<?>) SANDBOX.read("/refunds/DY-R1").get("actions")).hasSize(1);
        assertThat(SANDBOX.calls("afterSale.operate")).isEqualTo(1);
        assertThat(sweepMessagesAbout("DY-R1")).extracting(InboundMessageDocument::getTopic)
                .containsExactlyInAnyOrder("200", "206");

        awaitMoreSweeps(3); // each lists DY-R1's changes again (the overlap): nothing more
        List<Map<?, ?>> late = deliverHeldLate();
        String lateRequest = late.stream().filter(push -> "doudian_refund_RefundCreated".equals(push.get("topic")))
                .map(push -> push.get("msgId").toString()).findFirst().orElseThrow();
        assertThat(store.find(InboundMessageDocument.class, "DOUYIN:" + lateRequest).orElseThrow().getDropReason())
                .startsWith("already told by message DOUYIN:sweep:DY-R1:");
        awaitMoreSweeps(2);

        assertPublishedOnce("DY-R1", RefundRequested.class, PlatformRefundSettled.class);
        assertThat(actionResults.about(PlatformActionSucceeded.class, "DY-R1")).hasSize(1);
        assertThat(metrics.recovered(Platform.DOUYIN)).isGreaterThanOrEqualTo(2);
    }
}
