package com.refundpilot.notification.domain.report;

import java.util.List;

/** The two summaries the report needs: a median and a rate (null when there is nothing to divide). */
public final class Statistics {

    private Statistics() {
    }

    /** The middle value; of an even count, the mean of the two middle ones (rounded down). Null when empty. */
    public static Long median(List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Long> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        if (sorted.size() % 2 == 1) {
            return sorted.get(middle);
        }
        return Math.floorDiv(sorted.get(middle - 1) + sorted.get(middle), 2);
    }

    /** {@code part / whole} rounded to 4 decimals, or null when {@code whole} is 0 (no rate, not 0 %). */
    public static Double rate(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return Math.round(part * 10_000.0 / whole) / 10_000.0;
    }
}
