package com.refundpilot.platform.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.refundpilot.contracts.events.PlatformActionSucceeded;
import com.refundpilot.contracts.events.PlatformRefundSettled;
import com.refundpilot.contracts.events.RefundRequested;
import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.platform.adapter.out.mongo.InboundMessageDocument;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * WeChat Channels end to end against the REAL sandbox, which loses every push here (its webhook-loss control): the
 * reconciliation sweep over {@code getaftersalelist} hands each listed after-sale to the push's fetch-and-compare,
 * which tells each change once — the request, and after the merchant's agree (sent once as acceptapply) the payment.
 * Further sweeps over overlapping windows tell nothing more, and the lost events delivered late are accepted and
 * publish nothing (what they would tell was seen).
 */
class WechatReconcileIT extends SandboxSweep {

    private static final WechatSandbox SANDBOX = new WechatSandbox();
    private static final int ADAPTER_PORT = freePort();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        startSandbox(SANDBOX, registry, "wechat-channels", "shop-w", ADAPTER_PORT);
    }

    @AfterAll
    static void stopSandbox() {
        SANDBOX.stop();
    }

    @Override
    Platform platform() {
        return Platform.WECHAT_CHANNELS;
    }

    @Override
    RealSandbox sandbox() {
        return SANDBOX;
    }

    @Test
    void lostPushesAreToldOnceByTheSweepTheAgreeReachesThePlatformOnceAndLatePushesTellNothing() {
        SANDBOX.control("/webhook-loss", Map.of("dropNext", 1000));
        Map<String, Object> body = new LinkedHashMap<>(Map.of("shopId", "shop-w", "orderId", "T-W-R1",
                "refundId", "W-R1", "type", "REFUND_ONLY", "reason", "不想要了", "amountFen", 25900, "quantity", 1));
        body.putAll(Map.of("orderPaidFen", 25900, "orderQuantity", 1, "deadlineIn", "PT72H"));
        Map<?, ?> opened = SANDBOX.control("/refunds", body);
        assertThat(opened.get("pushes")).as("the push was lost").isEqualTo(List.of(0));

        RefundRequested requested = refundEvents.awaitOne(RefundRequested.class, "W-R1");
        assertThat(requested.amountFen()).isEqualTo(25900);

        agreeTwice(requested.order(), "W-R1", 25900, requested.platformVersion(), "NS-1");
        actionResults.awaitOne(PlatformActionSucceeded.class, "W-R1");
        PlatformRefundSettled settled = refundEvents.awaitOne(PlatformRefundSettled.class, "W-R1");
        assertThat(settled.refundedFen()).isEqualTo(25900);
        assertThat((List<?>) SANDBOX.read("/refunds/W-R1").get("actions")).hasSize(1);
        assertThat(SANDBOX.calls("/channels/ec/aftersale/acceptapply")).isEqualTo(1);
        assertThat(sweepMessagesAbout("W-R1")).filteredOn(message -> message.getDropReason() == null).hasSize(2);

        awaitMoreSweeps(3); // each lists W-R1 again (the overlap) and compares: nothing more
        for (Map<?, ?> push : deliverHeldLate()) {
            String key = push.get("msgId").toString();
            assertThat(store.find(InboundMessageDocument.class, "WECHAT_CHANNELS:" + key)).as(key)
                    .hasValueSatisfying(message -> assertThat(message.getDropReason()).isNotNull());
        }
        awaitMoreSweeps(2);

        assertPublishedOnce("W-R1", RefundRequested.class, PlatformRefundSettled.class);
        assertThat(actionResults.about(PlatformActionSucceeded.class, "W-R1")).hasSize(1);
        assertThat(metrics.recovered(Platform.WECHAT_CHANNELS)).isGreaterThanOrEqualTo(2);
    }
}
