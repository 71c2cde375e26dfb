package com.refundpilot.logistics.adapter.in.web;

import java.time.Instant;
import java.util.List;

/** One entry of a courier's trace list: when, what it says, and where (as the courier wrote it). */
record Trace(Instant at, String text, String place) {

    /**
     * The latest entry, whatever order the courier lists them in (Kuaidi100 sends newest first, Kdniao oldest
     * first); on equal times the one listed first wins, so a repeated push picks the same one. Null for none.
     */
    static Trace latest(List<Trace> traces) {
        Trace latest = null;
        for (Trace trace : traces) {
            if (latest == null || trace.at().isAfter(latest.at())) {
                latest = trace;
            }
        }
        return latest;
    }
}
