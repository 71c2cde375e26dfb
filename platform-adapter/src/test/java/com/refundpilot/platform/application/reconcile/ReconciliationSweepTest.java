package com.refundpilot.platform.application.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.kit.time.VirtualClock;
import com.refundpilot.platform.adapter.out.mongo.ReconcileCursorStore;
import com.refundpilot.platform.domain.reconcile.ChangePage;
import com.refundpilot.platform.domain.reconcile.SweepWindow;
import com.refundpilot.platform.domain.reconcile.WindowPolicy;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The sweep's run over a source: windows, pages, the cursor, claims and meters (the source is a fake). */
class ReconciliationSweepTest {

    private static final Instant T0 = Instant.parse("2026-11-11T02:00:00Z");

    private final MongoFixture fixture = new MongoFixture();
    private final VirtualClock clock = new VirtualClock(T0);
    private final ReconcileCursorStore cursors = new ReconcileCursorStore(fixture.mongo);
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final ReconcileMetrics metrics = new ReconcileMetrics(registry);
    private final ReconciliationSweep sweep = new ReconciliationSweep(cursors, metrics, clock);
    private final FakeSource source = new FakeSource();

    @AfterEach
    void close() {
        fixture.close();
    }

    /** Windows of at most 30 minutes, 10 minutes of overlap, 1 minute to settle, 1 hour back at first. */
    private static final class FakeSource implements ReconcileSource<String> {

        final List<SweepWindow> listed = new ArrayList<>();
        final List<String> recovered = new ArrayList<>();
        int pagesPerWindow = 1;
        SweepWindow failOn;

        @Override
        public Set<Platform> platforms() {
            return Set.of(Platform.TAOBAO);
        }

        @Override
        public ReconcilePlan plan() {
            return new ReconcilePlan(new WindowPolicy(Duration.ofMinutes(10), Duration.ofMinutes(1),
                    Duration.ofMinutes(30), Duration.ofHours(1), 4), 2, Duration.ofMinutes(5),
                    Map.of(Platform.TAOBAO, List.of("shop-1")));
        }

        @Override
        public ChangePage<String> changes(Platform platform, String shopId, SweepWindow window, int pageNo,
                int pageSize) {
            if (window.equals(failOn)) {
                throw new IllegalStateException("the platform is down");
            }
            listed.add(window);
            return new ChangePage<>(List.of(shopId + "@" + window.end() + "#" + pageNo), pageNo < pagesPerWindow);
        }

        @Override
        public List<String> recover(Platform platform, String shopId, String change) {
            recovered.add(change);
            return change.endsWith("#2") ? List.of("taobao_refund_RefundCreated") : List.of();
        }
    }

    private Instant covered(String shop) {
        return cursors.find(Platform.TAOBAO, shop).orElseThrow().getCoveredUntil();
    }

    @Test
    void eachRunListsFromTheOverlapBeforeTheLastEndAndMovesTheCursorWindowByWindow() {
        sweep.run(source);
        assertThat(source.listed).containsExactly(
                new SweepWindow(T0.minusSeconds(3660), T0.minusSeconds(1860)),
                new SweepWindow(T0.minusSeconds(1860), T0.minusSeconds(60)));
        assertThat(covered("shop-1")).isEqualTo(T0.minusSeconds(60));

        source.listed.clear();
        clock.advance(Duration.ofMinutes(5));
        sweep.run(source);
        assertThat(source.listed).containsExactly(new SweepWindow(T0.minusSeconds(660), T0.plusSeconds(240)));
        assertThat(covered("shop-1")).isEqualTo(T0.plusSeconds(240));
        assertThat(registry.get("refundpilot.reconcile.cursor.lag").tag("shop", "shop-1").gauge().value())
                .isEqualTo(60);
        assertThat(metrics.runs(Platform.TAOBAO, "completed")).isEqualTo(2);
    }

    @Test
    void aRunThatFailsKeepsTheCursorAtTheLastWindowItCompleted() {
        source.failOn = new SweepWindow(T0.minusSeconds(1860), T0.minusSeconds(60));
        sweep.run(source);
        assertThat(covered("shop-1")).isEqualTo(T0.minusSeconds(1860));
        assertThat(metrics.runs(Platform.TAOBAO, "failed")).isEqualTo(1);

        source.failOn = null;
        source.listed.clear();
        sweep.run(source);
        assertThat(source.listed).containsExactly(new SweepWindow(T0.minusSeconds(2460), T0.minusSeconds(660)),
                new SweepWindow(T0.minusSeconds(660), T0.minusSeconds(60)));
        assertThat(covered("shop-1")).isEqualTo(T0.minusSeconds(60));
    }

    @Test
    void everyPageIsReadAndEachChangeHandedToTheSourceWithTheRecoveredOnesCounted() {
        source.pagesPerWindow = 3;
        int recovered = sweep.run(source);

        assertThat(source.recovered).hasSize(6);
        assertThat(recovered).isEqualTo(2);
        assertThat(metrics.recovered(Platform.TAOBAO)).isEqualTo(2);
        assertThat(registry.get("refundpilot.reconcile.listed").counter().count()).isEqualTo(6);
    }

    @Test
    void aShopAnotherInstanceHoldsIsLeftToItAndShopsLearnedFromMessagesAreSweptToo() {
        cursors.register(Platform.TAOBAO, "shop-learned");
        cursors.claim(Platform.TAOBAO, "shop-1", "another-instance", T0, Duration.ofMinutes(5));

        sweep.run(source);

        assertThat(metrics.runs(Platform.TAOBAO, "busy")).isEqualTo(1);
        assertThat(cursors.find(Platform.TAOBAO, "shop-1").orElseThrow().getCoveredUntil()).isNull();
        assertThat(covered("shop-learned")).isEqualTo(T0.minusSeconds(60));
    }
}
