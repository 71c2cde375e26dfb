package com.refundpilot.platform.application.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.platform.adapter.out.mongo.ReconcileCursorStore;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A shop is swept by one run at a time; the cursor moves only under the claim. */
class ReconcileCursorStoreTest {

    private static final Instant T0 = Instant.parse("2026-11-11T02:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(5);

    private final MongoFixture fixture = new MongoFixture();
    private final ReconcileCursorStore cursors = new ReconcileCursorStore(fixture.mongo);

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aHeldShopIsBusyForAnotherInstanceUntilReleased() {
        assertThat(cursors.claim(Platform.TAOBAO, "shop-1", "a", T0, LEASE)).isPresent();
        assertThat(cursors.claim(Platform.TAOBAO, "shop-1", "b", T0.plusSeconds(1), LEASE)).isEmpty();
        assertThat(cursors.claim(Platform.TAOBAO, "shop-1", "a", T0.plusSeconds(1), LEASE)).as("nor a second run of a")
                .isEmpty();
        assertThat(cursors.claim(Platform.TAOBAO, "shop-2", "b", T0, LEASE)).as("another shop is free").isPresent();

        cursors.release(Platform.TAOBAO, "shop-1", "b");
        assertThat(cursors.claim(Platform.TAOBAO, "shop-1", "b", T0.plusSeconds(2), LEASE)).as("only a releases")
                .isEmpty();
        cursors.release(Platform.TAOBAO, "shop-1", "a");
        assertThat(cursors.claim(Platform.TAOBAO, "shop-1", "b", T0.plusSeconds(2), LEASE)).isPresent();
    }

    @Test
    void theClaimOfAHolderThatDiedRunsOutWithItsLeaseOrWhenTheClockWasSetBack() {
        cursors.claim(Platform.TAOBAO, "shop-1", "dead", T0, LEASE);
        assertThat(cursors.claim(Platform.TAOBAO, "shop-1", "b", T0.plus(LEASE).minusSeconds(1), LEASE)).isEmpty();
        assertThat(cursors.claim(Platform.TAOBAO, "shop-1", "b", T0.plus(LEASE), LEASE)).isPresent();

        cursors.claim(Platform.TAOBAO, "shop-2", "dead", T0, LEASE);
        assertThat(cursors.claim(Platform.TAOBAO, "shop-2", "b", T0.minus(Duration.ofDays(2)), LEASE)).isPresent();
    }

    @Test
    void onlyTheHolderMovesTheCursor() {
        assertThat(cursors.claim(Platform.TAOBAO, "shop-1", "a", T0, LEASE).orElseThrow().getCoveredUntil()).isNull();
        assertThat(cursors.advance(Platform.TAOBAO, "shop-1", "b", T0, T0)).isFalse();
        assertThat(cursors.advance(Platform.TAOBAO, "shop-1", "a", T0, T0)).isTrue();
        assertThat(cursors.advance(Platform.TAOBAO, "shop-1", "a", T0, T0)).as("the same end again").isTrue();
        cursors.release(Platform.TAOBAO, "shop-1", "a");

        assertThat(cursors.claim(Platform.TAOBAO, "shop-1", "b", T0, LEASE).orElseThrow().getCoveredUntil())
                .isEqualTo(T0);
        cursors.register(Platform.TAOBAO, "shop-1");
        assertThat(cursors.find(Platform.TAOBAO, "shop-1").orElseThrow().getCoveredUntil())
                .as("registering again keeps the cursor").isEqualTo(T0);
        assertThat(cursors.shops(Platform.TAOBAO)).containsExactly("shop-1");
    }
}
