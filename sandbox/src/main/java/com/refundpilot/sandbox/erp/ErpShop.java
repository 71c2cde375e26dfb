package com.refundpilot.sandbox.erp;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A shop's warehouse calendar: the morning label-print batch (打单, default 09:00 Asia/Shanghai) and the batches
 * that ran. Batches are applied lazily: every read or operation on one of the shop's orders first runs, in
 * order, each batch due in {@code (historyUntil, now]} and only then does its own work, all under the shop's
 * lock. So what a batch prints depends on the clock readings alone, never on when a sweeper happened to look.
 *
 * <p>History starts at the shop's first order. When the clock reads earlier than the history (a scenario
 * starting over at an earlier time) the history restarts there and nothing prints: a backwards jump never
 * prints.
 */
public class ErpShop {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final LocalTime DEFAULT_BATCH_TIME = LocalTime.of(9, 0);
    /** The runs kept for the oracle; a forward jump of years must not grow the list without bound. */
    static final int RUNS_KEPT = 1000;
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final String shopId;
    private LocalTime batchTime = DEFAULT_BATCH_TIME;
    /** Every batch up to this instant has been applied; null before the shop's first order. */
    private Instant historyUntil;
    private final List<PrintBatchRun> runs = new ArrayList<>();

    public ErpShop(String shopId) {
        this.shopId = shopId;
    }

    /**
     * Applies the due batches to {@code orders} (read once, after the lock is taken) and runs {@code work}
     * under the same lock.
     */
    public synchronized <T> T atomically(Instant now, Supplier<List<ErpOrder>> orders, Supplier<T> work) {
        applyDue(now, orders);
        return work.get();
    }

    public synchronized void applyDue(Instant now, Supplier<List<ErpOrder>> orders) {
        if (historyUntil == null) {
            return;
        }
        if (now.isBefore(historyUntil)) {
            historyUntil = now;
            return;
        }
        List<ErpOrder> candidates = null;
        for (Instant batch = nextBatchAfter(historyUntil); !batch.isAfter(now); batch = nextBatchAfter(batch)) {
            if (candidates == null) {
                candidates = orders.get();
            }
            List<String> printed = new ArrayList<>();
            for (ErpOrder order : candidates) {
                if (order.printLabelInBatch()) {
                    printed.add(order.orderId());
                }
            }
            runs.add(new PrintBatchRun(batch, printed));
        }
        if (runs.size() > RUNS_KEPT) {
            runs.subList(0, runs.size() - RUNS_KEPT).clear();
        }
        historyUntil = now;
    }

    /** The first order arrived: batches from now on count. */
    public synchronized void startHistoryIfNew(Instant now) {
        if (historyUntil == null) {
            historyUntil = now;
        }
    }

    /** Changes the batch time; the caller applies the batches due under the old time first. */
    public synchronized void batchTime(LocalTime at) {
        batchTime = at;
    }

    public synchronized PrintBatchView view() {
        return new PrintBatchView(shopId, batchTime.format(HH_MM), ZONE.getId(),
                historyUntil == null ? null : nextBatchAfter(historyUntil));
    }

    public synchronized List<PrintBatchRun> runs() {
        return List.copyOf(runs);
    }

    public String shopId() {
        return shopId;
    }

    /** The first batch strictly after {@code instant}: today's if still ahead (local time), else tomorrow's. */
    private Instant nextBatchAfter(Instant instant) {
        ZonedDateTime local = instant.atZone(ZONE);
        ZonedDateTime today = local.toLocalDate().atTime(batchTime).atZone(ZONE);
        return (today.toInstant().isAfter(instant) ? today : today.plusDays(1)).toInstant();
    }
}
