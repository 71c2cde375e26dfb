package com.refundpilot.logistics.config;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code refundpilot.watch.*}: {@code stall-thresholds}, how long after its last movement a watched parcel is
 * reported stalled, once at each (default 24 h, 48 h, 72 h: the thresholds of RS-8 and RS-9).
 */
@ConfigurationProperties("refundpilot.watch")
public record WatchProperties(List<Duration> stallThresholds) {
}
