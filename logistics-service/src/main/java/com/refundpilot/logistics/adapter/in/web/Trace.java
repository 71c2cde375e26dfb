package com.refundpilot.logistics.adapter.in.web;

import java.time.Instant;
import java.util.List;

/** One entry of a courier's trace list: when, what it says, and where (as the courier wrote it). */
record Trace(Instant at, String text, String place) {

    /**
     * The latest entry by time, whatever order the list is really in; entries of equal time (seconds only on the
     * wire) are told apart by the courier's documented order: {@code newestFirst} for Kuaidi100 (the first listed
     * wins), oldest first for Kdniao (the last listed wins). Null for none.
     */
    static Trace latest(List<Trace> traces, boolean newestFirst) {
        Trace latest = null;
        for (Trace trace : traces) {
            if (latest == null || trace.at().isAfter(latest.at())
                    || (!newestFirst && trace.at().equals(latest.at()))) {
                latest = trace;
            }
        }
        return latest;
    }
}
