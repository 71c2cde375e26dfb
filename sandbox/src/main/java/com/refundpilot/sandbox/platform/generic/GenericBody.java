package com.refundpilot.sandbox.platform.generic;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An action's JSON body, read field by field: a missing or malformed field is 400 {@code INVALID_FIELD} naming it
 * ({@code address.city} for a nested one). Unknown fields are ignored, as the protocol says.
 */
final class GenericBody {

    private final JsonNode node;
    private final String prefix;

    private GenericBody(JsonNode node, String prefix) {
        this.node = node;
        this.prefix = prefix;
    }

    static GenericBody parse(JsonMapper json, byte[] body) {
        JsonNode node;
        try {
            node = body.length == 0 ? null : json.readTree(body);
        } catch (JacksonException e) {
            throw GenericApiException.invalidField(null, "the body is not JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw GenericApiException.invalidField(null, "the body must be a JSON object");
        }
        return new GenericBody(node, "");
    }

    /** Every action's body names the merchant's action key; a repeat with it answers the first call's result. */
    String idempotencyKey() {
        return requiredText("idempotencyKey");
    }

    String requiredText(String name) {
        String value = optionalText(name);
        if (value == null || value.isBlank()) {
            throw missing(name);
        }
        return value;
    }

    String optionalText(String name) {
        JsonNode value = value(name);
        if (value == null) {
            return null;
        }
        if (!value.isString()) {
            throw invalid(name, "must be a string");
        }
        return value.asString();
    }

    long requiredLong(String name) {
        Long value = optionalLong(name);
        if (value == null) {
            throw missing(name);
        }
        return value;
    }

    Long optionalLong(String name) {
        JsonNode value = value(name);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw invalid(name, "must be an integer");
        }
        return value.longValue();
    }

    <E extends Enum<E>> E requiredEnum(String name, Class<E> type) {
        String value = requiredText(name);
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw invalid(name, "must be one of " + Arrays.toString(type.getEnumConstants()) + ", was '" + value + "'");
        }
    }

    /** A positive ISO-8601 duration ({@code P3D}). */
    Duration requiredDuration(String name) {
        String value = requiredText(name);
        try {
            Duration duration = Duration.parse(value);
            if (duration.isNegative() || duration.isZero()) {
                throw invalid(name, "must be positive, was " + value);
            }
            return duration;
        } catch (DateTimeParseException e) {
            throw invalid(name, "must be an ISO-8601 duration like P3D, was '" + value + "'");
        }
    }

    /** An array of non-blank strings; absent is empty. */
    List<String> texts(String name) {
        JsonNode value = value(name);
        List<String> texts = new ArrayList<>();
        if (value == null) {
            return texts;
        }
        if (!value.isArray()) {
            throw invalid(name, "must be an array of strings");
        }
        for (JsonNode item : value) {
            if (!item.isString()) {
                throw invalid(name, "must be an array of strings");
            }
            if (!item.asString().isBlank()) {
                texts.add(item.asString().trim());
            }
        }
        return texts;
    }

    GenericBody requiredObject(String name) {
        JsonNode value = value(name);
        if (value == null) {
            throw missing(name);
        }
        if (!value.isObject()) {
            throw invalid(name, "must be an object");
        }
        return new GenericBody(value, prefix + name + ".");
    }

    GenericApiException invalid(String name, String message) {
        return GenericApiException.invalidField(prefix + name, message);
    }

    private GenericApiException missing(String name) {
        return GenericApiException.invalidField(prefix + name, "is required");
    }

    /** The field's value; null when absent or JSON null. */
    private JsonNode value(String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value;
    }
}
