package com.refundpilot.kit.http;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;

/**
 * The four resilience4j registries a {@link GuardedHttp} takes its instance from. In a service they are the
 * auto-configured ones (configured under {@code resilience4j.*}, metrics bound to the meter registry).
 */
public record PeerGuards(RetryRegistry retries, CircuitBreakerRegistry breakers, RateLimiterRegistry rateLimiters,
        TimeLimiterRegistry timeLimiters) {

    /** resilience4j's defaults, for tests that build a client by hand. */
    public static PeerGuards ofDefaults() {
        return new PeerGuards(RetryRegistry.ofDefaults(), CircuitBreakerRegistry.ofDefaults(),
                RateLimiterRegistry.ofDefaults(), TimeLimiterRegistry.ofDefaults());
    }
}
