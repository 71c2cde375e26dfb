package com.refundpilot.kit.http;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The four resilience4j registries a {@link GuardedHttp} takes its instance from, and the threads its time
 * limiter runs attempts on. In a service they are the auto-configured registries (configured under
 * {@code resilience4j.*}, metrics bound to the meter registry); closing it (with the application context)
 * stops the threads.
 */
public final class PeerGuards implements AutoCloseable {

    private final RetryRegistry retries;
    private final CircuitBreakerRegistry breakers;
    private final RateLimiterRegistry rateLimiters;
    private final TimeLimiterRegistry timeLimiters;
    // A time limiter can only give up on an attempt running on another thread; idle ones end after a minute.
    private final ExecutorService attempts;

    public PeerGuards(RetryRegistry retries, CircuitBreakerRegistry breakers, RateLimiterRegistry rateLimiters,
            TimeLimiterRegistry timeLimiters) {
        this.retries = retries;
        this.breakers = breakers;
        this.rateLimiters = rateLimiters;
        this.timeLimiters = timeLimiters;
        AtomicInteger count = new AtomicInteger();
        this.attempts = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "guarded-http-" + count.incrementAndGet());
            thread.setDaemon(true);
            // Not the web server's class loader of whichever request thread made it: the pool outlives requests.
            thread.setContextClassLoader(PeerGuards.class.getClassLoader());
            return thread;
        });
    }

    /** resilience4j's defaults, for tests that build a client by hand. */
    public static PeerGuards ofDefaults() {
        return new PeerGuards(RetryRegistry.ofDefaults(), CircuitBreakerRegistry.ofDefaults(),
                RateLimiterRegistry.ofDefaults(), TimeLimiterRegistry.ofDefaults());
    }

    RetryRegistry retries() {
        return retries;
    }

    CircuitBreakerRegistry breakers() {
        return breakers;
    }

    RateLimiterRegistry rateLimiters() {
        return rateLimiters;
    }

    TimeLimiterRegistry timeLimiters() {
        return timeLimiters;
    }

    ExecutorService attempts() {
        return attempts;
    }

    @Override
    public void close() {
        attempts.shutdownNow();
    }
}
