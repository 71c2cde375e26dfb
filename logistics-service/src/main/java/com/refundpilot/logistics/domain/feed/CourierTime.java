package com.refundpilot.logistics.domain.feed;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/** The couriers' wall-clock times: {@code yyyy-MM-dd HH:mm:ss} in Asia/Shanghai (no zone on the wire). */
public final class CourierTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final String PATTERN = "yyyy-MM-dd HH:mm:ss";
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss")
            .withResolverStyle(ResolverStyle.STRICT);

    private CourierTime() {
    }

    /** Empty for anything but that exact form of a real date ("2026-02-30 10:00:00" is not one). */
    public static Optional<Instant> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(text.trim(), FORMAT).atZone(ZONE).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public static String format(Instant instant) {
        return FORMAT.format(instant.atZone(ZONE));
    }
}
