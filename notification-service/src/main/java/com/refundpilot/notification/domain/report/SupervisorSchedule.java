package com.refundpilot.notification.domain.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * When the supervisor hears about a day: at {@code at} local time on the following day (default 09:30, RP-3).
 * A timer's due instant therefore names the day it reports: the local date of the due instant, minus one.
 */
public record SupervisorSchedule(LocalTime at, ZoneId zone) {

    public SupervisorSchedule {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(zone, "zone");
    }

    /** When the report of {@code date} is due. */
    public Instant dueFor(LocalDate date) {
        return date.plusDays(1).atTime(at).atZone(zone).toInstant();
    }

    /** The first report of a shop first seen at {@code now}: today's, tomorrow at the configured time. */
    public Instant firstDue(Instant now) {
        return dueFor(LocalDate.ofInstant(now, zone));
    }

    /** The day a report due at {@code due} is about. */
    public LocalDate reportedDay(Instant due) {
        return LocalDate.ofInstant(due, zone).minusDays(1);
    }

    /** The report after the one due at {@code due}: the next day's. */
    public Instant nextAfter(Instant due) {
        return dueFor(reportedDay(due).plusDays(1));
    }
}
