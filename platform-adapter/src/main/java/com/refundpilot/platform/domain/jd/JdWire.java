package com.refundpilot.platform.domain.jd;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** JD's wire conventions: times {@code yyyy-MM-dd HH:mm:ss} in Beijing, money in yuan (two decimals at most). */
public final class JdWire {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private JdWire() {
    }

    public static Instant instant(String time) {
        return LocalDateTime.parse(time.trim(), TIME).atZone(SHANGHAI).toInstant();
    }

    public static String time(Instant instant) {
        return TIME.format(instant.atZone(SHANGHAI));
    }

    /** 59900 → "599.00". */
    public static String yuan(long fen) {
        return BigDecimal.valueOf(fen, 2).toPlainString();
    }

    /**
     * Yuan → fen, exactly: a negative amount or more than two decimals is an error (never a rounding).
     *
     * @throws ArithmeticException when the amount is not yuan with at most two decimals
     */
    public static long fen(BigDecimal yuan) {
        if (yuan.signum() < 0) {
            throw new ArithmeticException("negative amount");
        }
        return yuan.movePointRight(2).longValueExact();
    }
}
