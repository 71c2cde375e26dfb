package com.refundpilot.kit.http;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.LongSupplier;

/**
 * The time a circuit breaker waits out its open state in: the service's clock, never going backwards, and running
 * on in real time while that clock stands still. In production the service's clock is the system clock, so this is
 * the system clock. On the embedded system's virtual clock a breaker opened at 10:00 half-opens when the scenario
 * jumps to 10:05 — not after ten real seconds in which the scenario lived through hours of deadlines — and also
 * after ten real seconds while the clock stands still (webhook redeliveries wait in real time). A virtual clock
 * set back for the next scenario does not leave a breaker open until its old time comes again.
 */
public final class BreakerClock extends Clock {

    private final Clock service;
    private final LongSupplier nanoTime;
    private Instant lastService;
    /** Where the ticking started: the service clock's new reading, or the last answer if that reading is earlier. */
    private Instant base;
    private long baseAtNanos;
    private Instant lastAnswered = Instant.MIN;

    public BreakerClock(Clock service) {
        this(service, System::nanoTime);
    }

    BreakerClock(Clock service, LongSupplier nanoTime) {
        this.service = service;
        this.nanoTime = nanoTime;
    }

    @Override
    public synchronized Instant instant() {
        Instant now = service.instant();
        long nanos = nanoTime.getAsLong();
        if (!now.equals(lastService)) {
            lastService = now;
            base = now.isAfter(lastAnswered) ? now : lastAnswered;
            baseAtNanos = nanos;
        }
        Instant ticking = base.plusNanos(nanos - baseAtNanos);
        if (ticking.isAfter(lastAnswered)) {
            lastAnswered = ticking;
        }
        return lastAnswered;
    }

    @Override
    public ZoneId getZone() {
        return service.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new BreakerClock(service.withZone(zone), nanoTime);
    }
}
