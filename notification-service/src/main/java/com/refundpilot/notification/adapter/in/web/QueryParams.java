package com.refundpilot.notification.adapter.in.web;

import com.refundpilot.kit.web.Problems;
import java.util.Arrays;
import java.util.Locale;

/** The query parameters the desk's controllers share: a bounded limit, an optional text and an enum by name. */
final class QueryParams {

    private QueryParams() {
    }

    /** {@code dflt} when absent or blank, else a whole number from 1 to {@code max}; anything else is 400. */
    static int limit(String limit, int dflt, int max) {
        if (limit == null || limit.isBlank()) {
            return dflt;
        }
        try {
            int value = Integer.parseInt(limit.strip());
            if (value >= 1 && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw Problems.badRequest("limit", "query parameter limit must be a whole number from 1 to " + max
                + ", was '" + limit + "'");
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The constant named by {@code value} (stripped, any case); 400 naming {@code field} when there is none. */
    static <E extends Enum<E>> E enumOf(Class<E> type, String field, String value) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Problems.badRequest(field, "query parameter " + field + " must be one of "
                    + Arrays.toString(type.getEnumConstants()) + ", was '" + value + "'");
        }
    }
}
