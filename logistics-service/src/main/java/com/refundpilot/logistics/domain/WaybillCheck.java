package com.refundpilot.logistics.domain;

import java.time.Duration;
import java.util.Objects;

/**
 * How long to wait before asking the courier about a return waybill again: {@code recheckAfter} when the courier
 * does not know it (24 h, RR-3), {@code retryAfter} when the courier could not be asked at all (no verdict is
 * made up for an outage; the question is asked again sooner).
 */
public record WaybillCheck(Duration recheckAfter, Duration retryAfter) {

    public static final WaybillCheck DEFAULT = new WaybillCheck(Duration.ofHours(24), Duration.ofMinutes(10));

    public WaybillCheck {
        Objects.requireNonNull(recheckAfter, "recheckAfter");
        Objects.requireNonNull(retryAfter, "retryAfter");
        if (recheckAfter.isNegative() || recheckAfter.isZero() || retryAfter.isNegative() || retryAfter.isZero()) {
            throw new IllegalArgumentException("waybill re-check durations must be positive");
        }
    }
}
