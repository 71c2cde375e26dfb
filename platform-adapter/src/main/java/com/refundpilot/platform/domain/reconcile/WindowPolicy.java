package com.refundpilot.platform.domain.reconcile;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Which windows a sweep lists next, from how far the shop's cursor got ({@code coveredUntil}, null before the
 * first run). Each run covers {@code [coveredUntil − overlap, now − settle]}:
 * <ul>
 *   <li>{@code settle}: changes younger than this are left to their webhook, which is usually still on its way
 *       (and a platform's list may show a change a little after it happened);</li>
 *   <li>{@code overlap}: the tail of the last window is listed again, for changes the list showed late or whose
 *       modification time is a little behind our clock;</li>
 *   <li>{@code maxSpan}: the longest window the platform's list call takes (Pinduoduo: 30 minutes); a longer span
 *       is cut into consecutive windows, at most {@code maxWindowsPerRun} a run, the rest next run;</li>
 *   <li>{@code initialLookback}: how far back a shop's first run starts, and a run whose cursor lies ahead of
 *       now (the clock was set back) starts again from there.</li>
 * </ul>
 */
public record WindowPolicy(Duration overlap, Duration settle, Duration maxSpan, Duration initialLookback,
        int maxWindowsPerRun) {

    public WindowPolicy {
        if (overlap.isNegative() || settle.isNegative() || initialLookback.isNegative()) {
            throw new IllegalArgumentException("overlap, settle and initial lookback must not be negative");
        }
        if (maxSpan.compareTo(Duration.ofSeconds(1)) < 0 || maxWindowsPerRun < 1) {
            throw new IllegalArgumentException("a window spans at least a second, a run lists at least one");
        }
    }

    public List<SweepWindow> windows(Instant coveredUntil, Instant now) {
        Instant end = now.minus(settle).truncatedTo(ChronoUnit.SECONDS);
        Instant start = coveredUntil == null || coveredUntil.isAfter(end)
                ? end.minus(initialLookback)
                : coveredUntil.minus(overlap).truncatedTo(ChronoUnit.SECONDS);
        List<SweepWindow> windows = new ArrayList<>();
        Instant from = start;
        while (from.isBefore(end) && windows.size() < maxWindowsPerRun) {
            Instant to = from.plus(maxSpan).isBefore(end) ? from.plus(maxSpan) : end;
            windows.add(new SweepWindow(from, to));
            from = to;
        }
        return windows;
    }

    /** Whether the cursor lies ahead of this run's end: the clock was set back (only a virtual clock is). */
    public boolean clockWentBack(Instant coveredUntil, Instant now) {
        return coveredUntil != null && coveredUntil.isAfter(now.minus(settle).truncatedTo(ChronoUnit.SECONDS));
    }
}
