package com.refundpilot.kit.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.LongSupplier;

/**
 * The time a circuit breaker waits out its open state in: the service's clock, never going backwards, and running
 * on in real time while that clock stands still. In production the service's clock is the system clock, so this is
 * the system clock. On the embedded system's virtual clock a breaker opened at 10:00 half-opens when the scenario
 * jumps to 10:05 — not after ten real seconds in which the scenario lived through hours of deadlines — and also
 * after ten real seconds while the clock stands still (webhook redeliveries wait in real time). A virtual clock
 * set back for the next scenario does not leave a breaker open until its old time comes again: only the forward
 * moves count.
 */
public final class BreakerClock extends Clock {

    private final Clock service;
    private final LongSupplier nanoTime;
    private Instant lastService;
    private long lastNanos;
    private Instant answered;

    public BreakerClock(Clock service) {
        this(service, System::nanoTime);
    }

    BreakerClock(Clock service, LongSupplier nanoTime) {
        this.service = service;
        this.nanoTime = nanoTime;
    }

    /**
     * Each reading moves on by what the service clock moved forward since the last one, or by the real time that
     * passed if that is more (the clock stood still, or was set back): on the system clock both are the same.
     */
    @Override
    public synchronized Instant instant() {
        Instant now = service.instant();
        long nanos = nanoTime.getAsLong();
        if (answered == null) {
            answered = now;
        } else {
            Duration jumped = Duration.between(lastService, now);
            Duration real = Duration.ofNanos(nanos - lastNanos);
            answered = answered.plus(jumped.compareTo(real) > 0 ? jumped : real);
        }
        lastService = now;
        lastNanos = nanos;
        return answered;
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
