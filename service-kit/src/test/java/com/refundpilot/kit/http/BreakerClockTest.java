package com.refundpilot.kit.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.refundpilot.kit.time.VirtualClock;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class BreakerClockTest {

    private static final Instant T0 = Instant.parse("2026-11-11T02:00:00Z");

    private final VirtualClock scenario = new VirtualClock(T0);
    private final AtomicLong nanos = new AtomicLong();
    private final BreakerClock clock = new BreakerClock(scenario, nanos::get);

    @Test
    void follows_the_service_clock_when_it_jumps() {
        assertThat(clock.instant()).isEqualTo(T0);
        scenario.advance(Duration.ofHours(3));

        assertThat(clock.instant()).isEqualTo(T0.plus(Duration.ofHours(3)));
    }

    @Test
    void a_jump_forward_counts_even_after_the_service_clock_was_set_back() {
        clock.instant();
        scenario.advance(Duration.ofDays(30));
        Instant late = clock.instant();
        scenario.set(T0);
        clock.instant();

        scenario.advance(Duration.ofSeconds(11));

        assertThat(clock.instant()).isEqualTo(late.plusSeconds(11));
    }

    @Test
    void runs_on_in_real_time_while_the_service_clock_stands_still() {
        assertThat(clock.instant()).isEqualTo(T0);

        nanos.addAndGet(TimeUnit.SECONDS.toNanos(4));

        assertThat(clock.instant()).isEqualTo(T0.plusSeconds(4));
    }

    @Test
    void never_goes_back_when_the_service_clock_is_set_back() {
        clock.instant();
        scenario.advance(Duration.ofDays(30));
        Instant late = clock.instant();

        scenario.set(T0);
        assertThat(clock.instant()).isEqualTo(late);
        nanos.addAndGet(TimeUnit.SECONDS.toNanos(2));
        assertThat(clock.instant()).as("ticks on from where it was").isEqualTo(late.plusSeconds(2));
    }

    @Test
    void on_the_system_clock_it_is_the_system_clock() {
        BreakerClock system = new BreakerClock(Clock.systemUTC());

        Instant before = Instant.now();
        Instant read = system.instant();

        assertThat(read).isBetween(before, Instant.now());
    }

    @Test
    void an_open_breaker_half_opens_when_the_scenario_clock_passes_its_wait() {
        CircuitBreaker breaker = CircuitBreaker.of("peer", CircuitBreakerConfig.custom()
                .slidingWindowSize(2).minimumNumberOfCalls(2).waitDurationInOpenState(Duration.ofSeconds(10))
                .clock(clock).build());
        breaker.onError(0, TimeUnit.MILLISECONDS, new IOException("down"));
        breaker.onError(0, TimeUnit.MILLISECONDS, new IOException("down"));
        assertThat(breaker.tryAcquirePermission()).as("open").isFalse();

        scenario.advance(Duration.ofSeconds(9));
        assertThat(breaker.tryAcquirePermission()).as("still open at 9 s").isFalse();

        scenario.advance(Duration.ofSeconds(2));
        assertThat(breaker.tryAcquirePermission()).as("half-open after the wait").isTrue();
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.HALF_OPEN);
    }
}
