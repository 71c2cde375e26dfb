package com.refundpilot.platform.domain.reconcile;

import java.time.Instant;

/** A span of platform modification times a sweep lists, both ends inclusive, in whole seconds (the wire's precision). */
public record SweepWindow(Instant start, Instant end) {

    public SweepWindow {
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("window ends " + end + " before it starts " + start);
        }
    }
}
