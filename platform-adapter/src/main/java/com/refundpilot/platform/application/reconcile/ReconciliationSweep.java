package com.refundpilot.platform.application.reconcile;

import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.platform.adapter.out.mongo.ReconcileCursorDocument;
import com.refundpilot.platform.adapter.out.mongo.ReconcileCursorStore;
import com.refundpilot.platform.domain.reconcile.ChangePage;
import com.refundpilot.platform.domain.reconcile.SweepWindow;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Webhooks are hints: a push can be lost (the platform gave up, we were down). Per platform and shop, a run claims
 * the shop's cursor, lists every change in the windows its {@link com.refundpilot.platform.domain.reconcile.WindowPolicy}
 * gives (overlapping the last one), hands each to its source to tell what the webhooks missed, and moves the cursor
 * window by window. A run that fails leaves the cursor at the last window it completed: the next run lists the rest
 * again, and telling a change twice is what the refund watermarks prevent, not the cursor.
 */
@Service
public class ReconciliationSweep {

    private static final Logger log = LoggerFactory.getLogger(ReconciliationSweep.class);
    /** A list that says "one more page" for ever is a broken list: the window is retried next run. */
    static final int MAX_PAGES_PER_WINDOW = 1000;

    private final ReconcileCursorStore cursors;
    private final ReconcileMetrics metrics;
    private final Clock clock;
    private final String instanceId = UUID.randomUUID().toString();

    public ReconciliationSweep(ReconcileCursorStore cursors, ReconcileMetrics metrics, Clock clock) {
        this.cursors = cursors;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** One run over every shop of the source's platforms; answers how many changes were recovered. */
    public <C> int run(ReconcileSource<C> source) {
        int recovered = 0;
        for (Platform platform : source.platforms()) {
            Set<String> shops = new LinkedHashSet<>(source.plan().configuredShops(platform));
            shops.addAll(cursors.shops(platform));
            for (String shop : shops) {
                recovered += runShop(source, platform, shop);
            }
        }
        return recovered;
    }

    <C> int runShop(ReconcileSource<C> source, Platform platform, String shop) {
        ReconcilePlan plan = source.plan();
        Instant now = clock.instant();
        Optional<ReconcileCursorDocument> claimed = cursors.claim(platform, shop, instanceId, now, plan.lease());
        if (claimed.isEmpty()) {
            metrics.run(platform, "busy");
            return 0;
        }
        Instant coveredUntil = claimed.get().getCoveredUntil();
        if (plan.windows().clockWentBack(coveredUntil, now)) {
            // Only a virtual clock goes back (the scenario runner sets it per scenario): routine there, so debug.
            log.debug("{} shop {}: cursor {} is ahead of the clock {}, listing again from the initial lookback",
                    platform, shop, coveredUntil, now);
        }
        int recovered = 0;
        String outcome = "completed";
        try {
            for (SweepWindow window : plan.windows().windows(coveredUntil, now)) {
                recovered += sweep(source, platform, shop, window, plan.pageSize());
                if (!cursors.advance(platform, shop, instanceId, window.end(), clock.instant())) {
                    outcome = "lost";
                    break;
                }
                coveredUntil = window.end();
            }
        } catch (RuntimeException failed) {
            outcome = "failed";
            log.warn("{} shop {}: reconciliation stopped {}, the rest is listed next run: {}", platform, shop,
                    coveredUntil == null ? "before its first window" : "with changes until " + coveredUntil + " listed",
                    failed.toString());
        } finally {
            cursors.release(platform, shop, instanceId);
            metrics.run(platform, outcome);
            metrics.lag(platform, shop, coveredUntil, clock.instant());
        }
        return recovered;
    }

    private <C> int sweep(ReconcileSource<C> source, Platform platform, String shop, SweepWindow window,
            int pageSize) {
        int recovered = 0;
        ChangePage<C> page;
        int pageNo = 0;
        do {
            pageNo++;
            if (pageNo > MAX_PAGES_PER_WINDOW) {
                throw new IllegalStateException("more than " + MAX_PAGES_PER_WINDOW + " pages in " + window);
            }
            page = source.changes(platform, shop, window, pageNo, pageSize);
            metrics.listed(platform, page.changes().size());
            for (C change : page.changes()) {
                for (String topic : source.recover(platform, shop, change)) {
                    metrics.recovered(platform, topic);
                    recovered++;
                }
            }
        } while (page.hasNext());
        return recovered;
    }
}
