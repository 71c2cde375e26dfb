package com.refundpilot.logistics.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code refundpilot.returns.*}: how long after a return waybill the courier does not know it is asked about
 * again ({@code recheck-after}, default 24 h: RR-3), and how soon a check is repeated when the courier could not be
 * reached ({@code retry-after}, default 10 min).
 */
@ConfigurationProperties("refundpilot.returns")
public record ReturnProperties(Duration recheckAfter, Duration retryAfter) {

    public ReturnProperties {
        recheckAfter = recheckAfter == null ? Duration.ofHours(24) : recheckAfter;
        retryAfter = retryAfter == null ? Duration.ofMinutes(10) : retryAfter;
    }
}
