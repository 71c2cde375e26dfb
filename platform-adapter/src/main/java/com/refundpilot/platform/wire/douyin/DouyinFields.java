package com.refundpilot.platform.wire.douyin;

import com.refundpilot.platform.domain.MalformedPayload;
import java.time.Instant;
import tools.jackson.databind.JsonNode;

/**
 * Field readers for Douyin's JSON: IDs as text or int64, epoch-second times (0 is "none"), non-negative fen. Every
 * problem is a {@link MalformedPayload} naming the field by its path ({@code [0].data.aftersale_id}).
 */
final class DouyinFields {

    private DouyinFields() {
    }

    /** An ID given as a string or a whole number (the real platform's IDs are int64), as text; null when absent. */
    static String id(JsonNode node, String name, String field, boolean required) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull() || (value.isString() && value.asString().isBlank())) {
            if (required) {
                throw new MalformedPayload(field, field + " is required");
            }
            return null;
        }
        if (value.isIntegralNumber()) {
            return value.asString();
        }
        if (!value.isString()) {
            throw new MalformedPayload(field, field + " must be a string or an integer");
        }
        return value.asString().trim();
    }

    static String text(JsonNode node, String name, String field) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw new MalformedPayload(field, field + " must be text");
        }
        return value.asString();
    }

    static long number(JsonNode node, String name, String field, long otherwise) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return otherwise;
        }
        if (value.isIntegralNumber() && value.canConvertToLong() && value.asLong() >= 0) {
            return value.asLong();
        }
        if (value.isString() && value.asString().matches("\\d{1,18}")) {
            return Long.parseLong(value.asString());
        }
        throw new MalformedPayload(field, field + " must be a non-negative whole number");
    }

    /** Epoch seconds; 0 or absent is "none" (null). */
    static Instant seconds(JsonNode node, String name, String field) {
        long seconds = number(node, name, field, 0);
        return seconds == 0 ? null : Instant.ofEpochSecond(seconds);
    }
}
