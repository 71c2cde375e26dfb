package com.refundpilot.warehouse.adapter.in.web;

import com.refundpilot.warehouse.domain.InvalidRecordException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Reads a staff request's JSON object field by field, so that a value of the wrong type is a 400 naming its
 * field (as a bad value is), not an anonymous "malformed body".
 */
final class BodyFields {

    private final Map<String, Object> body;

    BodyFields(Map<String, Object> body) {
        this.body = body == null ? Map.of() : body;
    }

    /** Null when absent, null or blank. */
    String text(String field) {
        Object value = body.get(field);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String text)) {
            throw new InvalidRecordException(field, "must be a string");
        }
        return text.isBlank() ? null : text.strip();
    }

    /** Null when absent or null; a whole number else 400. */
    Long integer(String field) {
        Object value = body.get(field);
        if (value == null) {
            return null;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof BigInteger) {
            return ((Number) value).longValue();
        }
        if (value instanceof Number number && new BigDecimal(number.toString()).stripTrailingZeros().scale() <= 0) {
            return number.longValue();
        }
        throw new InvalidRecordException(field, "must be a whole number, was " + value);
    }

    List<String> texts(String field) {
        Object value = body.get(field);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new InvalidRecordException(field, "must be a list of strings");
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof String text)) {
                throw new InvalidRecordException(field + "[" + i + "]", "must be a string");
            }
            texts.add(text.strip());
        }
        return texts;
    }

    <E extends Enum<E>> E oneOf(String field, Class<E> type) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException unknown) {
            throw new InvalidRecordException(field, "unknown value '" + value + "' (one of "
                    + Arrays.toString(type.getEnumConstants()) + ")");
        }
    }
}
