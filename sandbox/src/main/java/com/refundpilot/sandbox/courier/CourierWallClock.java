package com.refundpilot.sandbox.courier;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Times on the native courier wires: {@code yyyy-MM-dd HH:mm:ss} in Asia/Shanghai (seconds only). */
final class CourierWallClock {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private CourierWallClock() {
    }

    static String format(Instant instant) {
        return FORMAT.format(instant);
    }
}
