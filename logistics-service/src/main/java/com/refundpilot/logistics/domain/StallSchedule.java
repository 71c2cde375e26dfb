package com.refundpilot.logistics.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * When a parcel that does not move is reported stalled: at each threshold after its last movement (24 h, 48 h,
 * 72 h by default: RS-8 nudges at 24 h, RS-9 treats it as lost at 48 h, or 72 h for remote provinces).
 */
public record StallSchedule(List<Duration> thresholds) {

    public static final StallSchedule DEFAULT = new StallSchedule(
            List.of(Duration.ofHours(24), Duration.ofHours(48), Duration.ofHours(72)));

    public StallSchedule {
        if (thresholds == null || thresholds.isEmpty()) {
            throw new IllegalArgumentException("at least one stall threshold is required");
        }
        thresholds = thresholds.stream().sorted().distinct().toList();
        if (thresholds.get(0).isNegative() || thresholds.get(0).isZero()) {
            throw new IllegalArgumentException("stall thresholds must be positive: " + thresholds);
        }
    }

    /** The first threshold after {@code lastMovementAt} that ends later than {@code checkedUpTo}, if any. */
    public Optional<Duration> next(Instant lastMovementAt, Instant checkedUpTo) {
        return thresholds.stream().filter(t -> lastMovementAt.plus(t).isAfter(checkedUpTo)).findFirst();
    }
}
