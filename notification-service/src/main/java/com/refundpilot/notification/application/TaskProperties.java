package com.refundpilot.notification.application;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code refundpilot.tasks.*}. {@code escalationMargin}: an OPEN task due within this much time is shown
 * with {@code overdueRisk} (the last-resort margin of DL-3, 2 h by default).
 */
@ConfigurationProperties("refundpilot.tasks")
public record TaskProperties(@DefaultValue("PT2H") Duration escalationMargin) {

    public TaskProperties {
        if (escalationMargin == null || escalationMargin.isNegative()) {
            throw new IllegalArgumentException("refundpilot.tasks.escalation-margin must be a non-negative duration");
        }
    }
}
