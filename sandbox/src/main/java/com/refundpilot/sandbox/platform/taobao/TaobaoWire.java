package com.refundpilot.sandbox.platform.taobao;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Taobao's wire conventions: yuan as decimal strings, Beijing wall-clock times. */
public final class TaobaoWire {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private TaobaoWire() {
    }

    /** 59900 → "599.00"; exact, BigDecimal all the way (never a double near money). */
    public static String yuan(long fen) {
        return BigDecimal.valueOf(fen, 2).toPlainString();
    }

    /** "419.30" → 41930; anything but plain yuan with at most two decimals is empty (never rounded). */
    public static Optional<Long> fen(String yuan) {
        if (yuan == null || !yuan.trim().matches("\\d{1,12}(\\.\\d{1,2})?")) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(yuan.trim()).movePointRight(2).longValueExact());
    }

    public static String time(Instant instant) {
        return TIME.format(instant.atZone(SHANGHAI));
    }

    public static Optional<Instant> parseTime(String text) {
        try {
            return Optional.of(LocalDateTime.parse(text, TIME).atZone(SHANGHAI).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
