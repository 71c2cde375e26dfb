package com.refundpilot.platform.application.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.kit.time.VirtualClock;
import com.refundpilot.platform.adapter.out.mongo.InboundMessageDocument;
import com.refundpilot.platform.adapter.out.mongo.ReconcileCursorStore;
import com.refundpilot.platform.domain.reconcile.ChangeKind;
import com.refundpilot.platform.domain.reconcile.ObservedChange;
import com.refundpilot.platform.domain.reconcile.RefundState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The claim protocol on the real Mongo-wire store: who tells a change, in which order, with a crash in between. */
class RefundWatermarksTest {

    private static final Instant T0 = Instant.parse("2026-11-11T02:00:00Z");
    private static final String CREATED = "taobao_refund_RefundCreated";

    private final MongoFixture fixture = new MongoFixture();
    private final VirtualClock clock = new VirtualClock(T0);
    private final ReconcileCursorStore cursors = new ReconcileCursorStore(fixture.mongo);
    private final RefundWatermarks watermarks = new RefundWatermarks(fixture.store, cursors, clock);

    @AfterEach
    void close() {
        fixture.close();
    }

    private static ObservedChange created(String refundId, long version) {
        return new ObservedChange("shop-1", refundId, CREATED, ChangeKind.ONCE,
                new RefundState("WAIT_SELLER_AGREE", version, T0, 1));
    }

    private static ObservedChange modified(String refundId, long version) {
        return new ObservedChange("shop-1", refundId, "taobao_refund_RefundBuyerModifyAgreement",
                ChangeKind.PER_VERSION, new RefundState("WAIT_SELLER_AGREE", version, T0.plusSeconds(version), 1));
    }

    /** The message's own document, stored after its claim (what the intake does). */
    private void stored(String messageId) {
        fixture.store.save(new InboundMessageDocument(messageId, CREATED, "R", clock.instant()));
    }

    @Test
    void aLateWebhookFindsTheChangeToldByTheSweep() {
        assertThat(watermarks.claim(Platform.TAOBAO, created("R1", 1), "TAOBAO:sweep:R1:1")).isEmpty();
        stored("TAOBAO:sweep:R1:1");

        assertThat(watermarks.claim(Platform.TAOBAO, created("R1", 1), "TAOBAO:tmc-77")).contains("TAOBAO:sweep:R1:1");
        assertThat(watermarks.claim(Platform.TAOBAO, created("R1", 2), "TAOBAO:tmc-78"))
                .as("created once, whatever it reads now").contains("TAOBAO:sweep:R1:1");
    }

    @Test
    void theSweepFindsTheChangeToldByTheWebhook() {
        assertThat(watermarks.claim(Platform.TAOBAO, created("R2", 1), "TAOBAO:tmc-1")).isEmpty();
        stored("TAOBAO:tmc-1");

        assertThat(watermarks.claim(Platform.TAOBAO, created("R2", 1), "TAOBAO:sweep:R2:1")).contains("TAOBAO:tmc-1");
        assertThat(watermarks.current(Platform.TAOBAO, "R2").marks()).hasSize(1);
    }

    @Test
    void eachNewVersionIsToldOnceAndAnOlderReadingDoesNotHideANewerOne() {
        assertThat(watermarks.claim(Platform.TAOBAO, modified("R3", 2), "TAOBAO:m2")).isEmpty();
        stored("TAOBAO:m2");
        assertThat(watermarks.claim(Platform.TAOBAO, modified("R3", 3), "TAOBAO:m3")).isEmpty();
        stored("TAOBAO:m3");
        assertThat(watermarks.claim(Platform.TAOBAO, modified("R3", 2), "TAOBAO:late-m2")).contains("TAOBAO:m3");
        assertThat(watermarks.current(Platform.TAOBAO, "R3").of(modified("R3", 2).topic()).orElseThrow().messageId())
                .isEqualTo("TAOBAO:m3");
    }

    @Test
    void aClaimInProgressCountsButOneAbandonedByACrashDoesNot() {
        assertThat(watermarks.claim(Platform.TAOBAO, created("R4", 1), "TAOBAO:crashed")).isEmpty();
        // its document was never stored
        assertThat(watermarks.claim(Platform.TAOBAO, created("R4", 1), "TAOBAO:other")).contains("TAOBAO:crashed");

        clock.advance(RefundWatermarks.CLAIM_HOLDS.plusSeconds(1));
        assertThat(watermarks.claim(Platform.TAOBAO, created("R4", 1), "TAOBAO:other")).isEmpty();
        assertThat(watermarks.current(Platform.TAOBAO, "R4").marks()).extracting(m -> m.messageId())
                .containsExactly("TAOBAO:other");
    }

    @Test
    void aRedeliveryOfTheClaimingMessageGoesOnWithItsOwnClaim() {
        assertThat(watermarks.claim(Platform.TAOBAO, created("R5", 1), "TAOBAO:tmc-5")).isEmpty();
        assertThat(watermarks.claim(Platform.TAOBAO, created("R5", 1), "TAOBAO:tmc-5")).isEmpty();
    }

    @Test
    void ofMessagesRacingForOneChangeExactlyOneClaimsIt() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Optional<String>>> racers = IntStream.range(0, 6).<Callable<Optional<String>>>mapToObj(
                    i -> () -> watermarks.claim(Platform.TAOBAO, created("R6", 1), "TAOBAO:racer-" + i)).toList();
            List<Optional<String>> results = pool.invokeAll(racers).stream().map(RefundWatermarksTest::get).toList();

            assertThat(results).filteredOn(Optional::isEmpty).hasSize(1);
            assertThat(watermarks.current(Platform.TAOBAO, "R6").marks()).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theFirstMessageOfAShopMakesTheSweepListTheShop() {
        watermarks.claim(Platform.TMALL, created("R7", 1), "TMALL:tmc-7");
        assertThat(cursors.shops(Platform.TMALL)).containsExactly("shop-1");
        assertThat(cursors.shops(Platform.TAOBAO)).isEmpty();
    }

    private static <T> T get(Future<T> future) {
        try {
            return future.get(Duration.ofSeconds(30).toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
