package com.refundpilot.notification.application.report;

import com.refundpilot.notification.domain.report.SupervisorSchedule;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code refundpilot.reports.*}: the merchant's time zone (a report day is a local day), the local time of the
 * supervisor's daily message about the day before, and how often the dashboard gauges are refreshed.
 */
@ConfigurationProperties("refundpilot.reports")
public record ReportProperties(@DefaultValue("Asia/Shanghai") String zone,
        @DefaultValue("09:30") String supervisorMessageAt, @DefaultValue("PT30S") Duration gaugeInterval) {

    public ReportProperties {
        try {
            ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("refundpilot.reports.zone must be a time zone ID like Asia/Shanghai, was '"
                    + zone + "'", e);
        }
        try {
            LocalTime.parse(supervisorMessageAt);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("refundpilot.reports.supervisor-message-at must be a local time like "
                    + "09:30, was '" + supervisorMessageAt + "'", e);
        }
    }

    public ZoneId zoneId() {
        return ZoneId.of(zone);
    }

    public SupervisorSchedule schedule() {
        return new SupervisorSchedule(LocalTime.parse(supervisorMessageAt), zoneId());
    }
}
