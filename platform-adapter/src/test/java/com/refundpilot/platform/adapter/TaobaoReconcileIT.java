package com.refundpilot.platform.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.refundpilot.contracts.events.PlatformRefundSettled;
import com.refundpilot.contracts.events.RefundRequested;
import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.platform.adapter.out.mongo.InboundMessageDocument;
import com.refundpilot.platform.adapter.out.taobao.TaobaoClient;
import com.refundpilot.platform.application.reconcile.TaobaoReconciler;
import com.refundpilot.platform.domain.taobao.TaobaoListedRefund;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The reconciliation sweep against the REAL sandbox platform, which loses pushes on request: a change whose webhook
 * never came is told once by the sweep; a webhook arriving after that, or a sweep after the webhook, or several
 * sweeps at once, tell nothing more. The sweep runs on its schedule (every 0.3 s here, real time).
 */
class TaobaoReconcileIT extends SandboxSweep {

    private static final TaobaoSandbox SANDBOX = new TaobaoSandbox();
    private static final int ADAPTER_PORT = freePort();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        startSandbox(SANDBOX, registry, "taobao", "shop-1", ADAPTER_PORT);
    }

    @Autowired
    TaobaoReconciler reconciler;
    @Autowired
    TaobaoClient taobao;

    @AfterEach
    void deliverWhatATestLost() {
        SANDBOX.control("/webhook-loss/deliver-held", Map.of()); // it arrives late: told already
    }

    @AfterAll
    static void stopSandbox() {
        SANDBOX.stop();
    }

    @Override
    Platform platform() {
        return Platform.TAOBAO;
    }

    @Override
    RealSandbox sandbox() {
        return SANDBOX;
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 6);
    }

    private void platformLosesNext(String topic, String refundId) {
        SANDBOX.control("/webhook-loss", Map.of("dropNext", 1, "topic", topic, "refundId", refundId));
    }

    private Map<?, ?> buyerOpens(String refundId) {
        return SANDBOX.control("/refunds", Map.of("shopId", "shop-1", "orderId", "T-" + refundId, "refundId",
                refundId, "type", "REFUND_ONLY", "reason", "不想要了", "amountFen", 59900, "deadlineIn", "PT72H"));
    }

    @Test
    void aRefundWhosePushThePlatformLostIsRequestedOnceThroughTheSweep() {
        String refundId = unique("R-LOST");
        platformLosesNext("taobao_refund_RefundCreated", refundId);

        assertThat(buyerOpens(refundId).get("pushes")).isEqualTo(List.of(0));
        RefundRequested request = refundEvents.awaitOne(RefundRequested.class, refundId);
        awaitMoreSweeps(3);

        assertThat(refundEvents.about(RefundRequested.class, refundId)).hasSize(1);
        assertThat(request.amountFen()).isEqualTo(59900);
        assertThat(request.platformVersion()).isEqualTo(1);
        assertThat(request.deadline()).isEqualTo(request.requestedAt().plus(Duration.ofHours(72)));
        assertThat(sweepMessagesAbout(refundId)).singleElement().satisfies(message -> {
            assertThat(message.getTopic()).isEqualTo("taobao_refund_RefundCreated");
            assertThat(message.getId()).endsWith(":1:" + request.requestedAt().getEpochSecond() + ":RefundCreated");
        });
        assertThat(metrics.recovered(Platform.TAOBAO)).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aPushThatArrivesAfterTheSweepToldItsChangeIsAcceptedAndPublishesNothing() {
        String refundId = unique("R-LATE");
        platformLosesNext("taobao_refund_RefundCreated", refundId);
        buyerOpens(refundId);
        refundEvents.awaitOne(RefundRequested.class, refundId);
        String sweepMessage = sweepMessagesAbout(refundId).get(0).getId();
        String lostMsgId = ((List<?>) SANDBOX.read("/webhook-loss").get("held")).stream().map(Map.class::cast)
                .filter(held -> refundId.equals(held.get("refundId"))).map(held -> held.get("msgId").toString())
                .findFirst().orElseThrow();

        List<Map<?, ?>> late = deliverHeldLate();

        assertThat(late).filteredOn(push -> lostMsgId.equals(push.get("msgId")))
                .singleElement().satisfies(push -> assertThat(push.get("status")).isEqualTo(200));
        InboundMessageDocument kept = store.find(InboundMessageDocument.class, "TAOBAO:" + lostMsgId).orElseThrow();
        assertThat(kept.getDropReason()).isEqualTo("already told by message " + sweepMessage);
        assertThat(kept.getOutbox()).isEmpty();
        awaitMoreSweeps(2);
        assertThat(refundEvents.about(RefundRequested.class, refundId)).hasSize(1);
    }

    @Test
    void aChangeItsWebhookToldIsNeverToldAgainByTheSweepsThatListItSince() {
        String refundId = unique("R-OK");
        Map<?, ?> opened = buyerOpens(refundId);
        assertThat(opened.get("pushes")).isEqualTo(List.of(200));
        refundEvents.awaitOne(RefundRequested.class, refundId);

        awaitSweptPast(Instant.parse(opened.get("created").toString()), "shop-1");

        assertThat(refundEvents.about(RefundRequested.class, refundId)).hasSize(1);
        assertThat(sweepMessagesAbout(refundId)).isEmpty();
    }

    @Test
    void aPaymentWhosePushWasLostIsSettledOnceWithTheAmountPaid() {
        String refundId = unique("R-PAID");
        buyerOpens(refundId);
        refundEvents.awaitOne(RefundRequested.class, refundId);
        platformLosesNext("taobao_refund_RefundSuccess", refundId);

        Map<?, ?> agreed = SANDBOX.topCall("taobao.rp.refunds.agree", Map.of("refund_infos",
                refundId + "|41930|1|onsale"));
        assertThat(agreed.toString()).contains("succ=true");

        PlatformRefundSettled settled = refundEvents.awaitOne(PlatformRefundSettled.class, refundId);
        awaitMoreSweeps(3);
        assertThat(settled.refundedFen()).as("what was paid, not what was asked").isEqualTo(41930);
        assertThat(settled.settlement()).isEqualTo(PlatformRefundSettled.Settlement.REFUNDED);
        assertThat(refundEvents.about(PlatformRefundSettled.class, refundId)).hasSize(1);
        assertThat(refundEvents.about(RefundRequested.class, refundId)).hasSize(1);
    }

    @Test
    void sweepsThatListTheSameChangeAtOnceTellItOnce() {
        String refundId = unique("R-RACE");
        platformLosesNext("taobao_refund_RefundCreated", refundId);
        Instant filed = Instant.parse(buyerOpens(refundId).get("created").toString());
        TaobaoListedRefund listed = taobao.listRefunds("shop-1", filed, filed, 1, 100).changes().stream()
                .filter(r -> r.refundId().equals(refundId)).findFirst().orElseThrow();

        // what several instances (and this one's schedule) do when their overlapping windows all list the refund
        List<CompletableFuture<List<String>>> racing = IntStream.range(0, 4)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> reconciler.recover(Platform.TAOBAO, "shop-1", listed)))
                .toList();
        long told = racing.stream().map(CompletableFuture::join).mapToLong(List::size).sum();

        refundEvents.awaitOne(RefundRequested.class, refundId);
        awaitSweptPast(filed, "shop-1");
        assertThat(told).as("told by the racers").isLessThanOrEqualTo(1);
        assertThat(refundEvents.about(RefundRequested.class, refundId)).hasSize(1);
        assertThat(sweepMessagesAbout(refundId)).hasSize(1);
    }
}
