package com.refundpilot.platform.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.refundpilot.contracts.events.PlatformActionSucceeded;
import com.refundpilot.contracts.events.PlatformRefundSettled;
import com.refundpilot.contracts.events.RefundRequested;
import com.refundpilot.contracts.events.ReturnShipped;
import com.refundpilot.contracts.vocabulary.RefundType;
import com.refundpilot.platform.adapter.out.mongo.InboundMessageDocument;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The reconciliation ITs of a platform whose every push the REAL sandbox loses, on TOP's control bodies (shop
 * {@code shop-1}): Pinduoduo's and JD's. The tests here run for each: with every push lost, the sweep tells the
 * request, the return shipped and, after the adapter's agree (sent once), the payment, each once, and the lost
 * pushes delivered late tell nothing again; when every push arrives, the sweeps that list its changes tell nothing.
 * A subclass names its platform's agree call and the topics its sweep tells the three changes by.
 */
abstract class LostPushesSweep extends SandboxSweep {

    /** The platform's method the adapter's agree calls (counted by the sandbox). */
    abstract String agreeCall();

    /** The topics of the sweep's stand-ins for the request, the return shipped and the payment. */
    abstract List<String> toldTopics();

    @BeforeEach
    void startLosingEveryPush() {
        sandbox().control("/webhook-loss", Map.of("dropNext", 1000));
    }

    @Test
    void everyPushLostTheRequestTheReturnAndThePaymentAreToldOnceAndTheAgreeReachesThePlatformOnce() {
        String refundId = platform().name().charAt(0) + "-SWEPT-" + UUID.randomUUID().toString().substring(0, 6);
        assertThat(buyerOpens(refundId, "RETURN_AND_REFUND").get("pushes")).as("the push was lost")
                .isEqualTo(List.of(0));

        RefundRequested requested = refundEvents.awaitOne(RefundRequested.class, refundId);
        assertThat(requested.order().platform()).isEqualTo(platform());
        assertThat(requested.type()).isEqualTo(RefundType.RETURN_AND_REFUND);
        assertThat(requested.amountFen()).isEqualTo(59900);

        assertThat(buyerShipsTheReturn(refundId).get("pushes")).isEqualTo(List.of(0));
        ReturnShipped shipped = refundEvents.awaitOne(ReturnShipped.class, refundId);
        assertThat(shipped.trackingNo()).isEqualTo("SF-" + refundId);

        agreeTwice(requested.order(), refundId, 59900, shipped.platformVersion(), "RR-1");
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

        assertPublishedOnce(refundId, RefundRequested.class, ReturnShipped.class, PlatformRefundSettled.class);
        assertThat(actionResults.about(PlatformActionSucceeded.class, refundId)).hasSize(1);
        assertThat(sandbox().calls(agreeCall())).isEqualTo(1);
        assertThat((List<?>) sandbox().read("/refunds/" + refundId).get("actions")).hasSize(1);
        assertThat(toldBySweep(refundId)).containsExactlyInAnyOrderElementsOf(toldTopics());
        assertThat(metrics.recovered(platform())).isGreaterThanOrEqualTo(4);
    }

    @Test
    void whenEveryPushArrivesTheSweepsThatListItsChangesTellNothing() {
        sandbox().control("/webhook-loss", Map.of("dropNext", 0));
        String refundId = "OK-" + UUID.randomUUID().toString().substring(0, 6);
        assertThat(buyerOpens(refundId, "RETURN_AND_REFUND").get("pushes")).isEqualTo(List.of(200));
        refundEvents.awaitOne(RefundRequested.class, refundId);
        assertThat(buyerShipsTheReturn(refundId).get("pushes")).isEqualTo(List.of(200));
        ReturnShipped shipped = refundEvents.awaitOne(ReturnShipped.class, refundId);

        awaitSweptPast(shipped.shippedAt(), "shop-1");

        assertThat(toldBySweep(refundId)).isEmpty();
        assertPublishedOnce(refundId, RefundRequested.class, ReturnShipped.class);
    }

    Map<?, ?> buyerOpens(String refundId, String type) {
        return sandbox().control("/refunds", Map.of("shopId", "shop-1", "orderId", "T-" + refundId, "refundId",
                refundId, "type", type, "reason", "不想要了", "amountFen", 59900, "orderPaidFen", 59900,
                "deadlineIn", "PT72H"));
    }

    Map<?, ?> buyerShipsTheReturn(String refundId) {
        return sandbox().control("/refunds/" + refundId + "/return-shipment", Map.of("carrier", "SF", "trackingNo",
                "SF-" + refundId));
    }

    /** The sweep's stand-in messages about a refund that stood for events (not dropped), by topic. */
    List<String> toldBySweep(String refundId) {
        return sweepMessagesAbout(refundId).stream().filter(m -> m.getDropReason() == null)
                .map(InboundMessageDocument::getTopic).toList();
    }

    /**
     * Delivers every push the platform lost, late: each is accepted (200) and kept as told already by the sweep's
     * stand-in, publishing nothing. Answers how many were delivered.
     */
    int deliverTheLostPushesLate() {
        List<Map<?, ?>> late = deliverHeldLate();
        for (Map<?, ?> delivered : late) {
            InboundMessageDocument kept = store.find(InboundMessageDocument.class,
                    platform() + ":" + delivered.get("msgId")).orElseThrow();
            assertThat(kept.getDropReason()).as("late %s", delivered).startsWith("already told by message "
                    + platform() + ":sweep:");
            assertThat(kept.getOutbox()).isEmpty();
        }
        return late.size();
    }
}
