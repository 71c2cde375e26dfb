package com.refundpilot.platform.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code refundpilot.platform-delivery.*}: how an action the platform could not take is tried again (ADR 0009).
 * The n-th deferral waits {@code firstRetryAfter × multiplier^(n-1)}, at most {@code maxRetryAfter}; the command's
 * {@code deliverBy} says when to stop. {@code attemptLease} is how long one attempt (re-read, call, re-read, each
 * with its retries) may take: nobody else starts one meanwhile, and if its holder dies a timer resumes it then.
 */
@ConfigurationProperties("refundpilot.platform-delivery")
public record DeliveryRetryProperties(@DefaultValue("PT30S") Duration firstRetryAfter,
        @DefaultValue("2") double multiplier, @DefaultValue("PT10M") Duration maxRetryAfter,
        @DefaultValue("PT2M") Duration attemptLease) {

    public DeliveryRetryProperties {
        if (firstRetryAfter.isNegative() || firstRetryAfter.isZero() || multiplier < 1
                || maxRetryAfter.compareTo(firstRetryAfter) < 0 || attemptLease.isNegative() || attemptLease.isZero()) {
            throw new IllegalArgumentException("platform-delivery: need 0 < first-retry-after <= max-retry-after, "
                    + "multiplier >= 1 and attempt-lease > 0");
        }
    }

    /** The wait before the next try, after {@code deferrals} earlier deferrals of the same action. */
    public Duration retryAfter(int deferrals) {
        double millis = firstRetryAfter.toMillis() * Math.pow(multiplier, deferrals);
        return millis >= maxRetryAfter.toMillis() ? maxRetryAfter : Duration.ofMillis((long) millis);
    }
}
