package com.refundpilot.platform.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * Replay protection for schemes that sign a timestamp: the signed epoch milliseconds must lie within the window
 * either side of our clock. A push captured and sent again later is refused even though its signature is valid.
 */
public final class TimestampWindow {

    public enum Check { FRESH, MISSING, NOT_A_NUMBER, OUTSIDE }

    private TimestampWindow() {
    }

    public static Check check(String epochMillis, Instant now, Duration window) {
        if (epochMillis == null || epochMillis.isBlank()) {
            return Check.MISSING;
        }
        long millis;
        try {
            millis = Long.parseLong(epochMillis.trim());
        } catch (NumberFormatException e) {
            return Check.NOT_A_NUMBER;
        }
        return Duration.between(Instant.ofEpochMilli(millis), now).abs().compareTo(window) > 0 ? Check.OUTSIDE
                : Check.FRESH;
    }
}
