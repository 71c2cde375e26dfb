package com.refundpilot.sandbox.platform.douyin;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Douyin's times: epoch seconds in most fields, ISO-8601 with the Beijing offset in a push's {@code update_time}. */
final class DouyinTime {

    private static final ZoneId BEIJING = ZoneOffset.ofHours(8);
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(BEIJING);
    private static final DateTimeFormatter LOG = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(BEIJING);

    private DouyinTime() {
    }

    static long seconds(Instant instant) {
        return instant == null ? 0 : instant.getEpochSecond();
    }

    static String iso(long epochSeconds) {
        return ISO.format(Instant.ofEpochSecond(epochSeconds));
    }

    /** The record log's {@code time}: a Beijing wall-clock text. */
    static String wallClock(Instant instant) {
        return LOG.format(instant);
    }
}
