package com.refundpilot.platform.domain.taobao;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Taobao's wire conventions: yuan as decimal strings, times as {@code yyyy-MM-dd HH:mm:ss} in Shanghai. */
public final class TaobaoWire {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private TaobaoWire() {
    }

    /** "599.00" → 59900. Never through double; more than two decimals is an error, not a rounding. */
    public static long fen(String yuan) {
        return new BigDecimal(yuan.trim()).movePointRight(2).longValueExact();
    }

    public static String yuan(long fen) {
        return BigDecimal.valueOf(fen).movePointLeft(2).setScale(2).toPlainString();
    }

    public static Instant instant(String time) {
        return LocalDateTime.parse(time.trim(), TIME).atZone(SHANGHAI).toInstant();
    }

    public static String time(Instant instant) {
        return TIME.format(instant.atZone(SHANGHAI));
    }
}
