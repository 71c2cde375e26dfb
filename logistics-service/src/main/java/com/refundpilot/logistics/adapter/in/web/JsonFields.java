package com.refundpilot.logistics.adapter.in.web;

import com.refundpilot.logistics.adapter.in.web.FieldProblems.FieldError;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a courier's JSON text field by field, collecting every problem under its full path
 * ({@code param.lastResult.data[0].time}), so that one refusal names all of them. Never throws for bad content:
 * the caller turns {@link #errors()} into one 400.
 */
final class JsonFields {

    /** Longer than any real waybill number; a longer one is refused rather than used as a document key. */
    static final int MAX_TRACKING_NO_LENGTH = 64;

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private final List<FieldError> errors = new ArrayList<>();

    /** The text as a JSON object, or a 400 naming {@code field} when it is not one. */
    static JsonNode object(String text, String field) {
        JsonNode root;
        try {
            root = text == null || text.isBlank() ? null : JSON.readTree(text);
        } catch (JacksonException e) {
            throw FieldProblems.badRequest(field, "is not JSON (" + e.getOriginalMessage() + ")");
        }
        if (root == null || !root.isObject()) {
            throw FieldProblems.badRequest(field, "must be a JSON object");
        }
        return root;
    }

    List<FieldError> errors() {
        return errors;
    }

    void reject(String path, String message) {
        errors.add(new FieldError(path, message));
    }

    /** A string (a number is accepted as its text: couriers send codes both ways); null when absent or blank. */
    String text(JsonNode parent, String name, String path, boolean required) {
        JsonNode value = parent.get(name);
        if (value == null || value.isNull()) {
            if (required) {
                reject(path, "must not be null");
            }
            return null;
        }
        String text;
        if (value.isString()) {
            text = value.stringValue().trim();
        } else if (value.isIntegralNumber()) {
            text = value.asString();
        } else {
            reject(path, "must be a string");
            return null;
        }
        if (text.isEmpty()) {
            if (required) {
                reject(path, "must not be blank");
            }
            return null;
        }
        return text;
    }

    String trackingNo(JsonNode parent, String name, String path) {
        String trackingNo = text(parent, name, path, true);
        if (trackingNo != null && trackingNo.length() > MAX_TRACKING_NO_LENGTH) {
            reject(path, "must be at most " + MAX_TRACKING_NO_LENGTH + " characters");
            return null;
        }
        return trackingNo;
    }

    /** An object, or null when absent (rejected when required) or of another type (rejected). */
    JsonNode object(JsonNode parent, String name, String path, boolean required) {
        JsonNode value = parent.get(name);
        if (value == null || value.isNull()) {
            if (required) {
                reject(path, "must not be null");
            }
            return null;
        }
        if (!value.isObject()) {
            reject(path, "must be an object");
            return null;
        }
        return value;
    }

    /**
     * The elements of an array, in order (so callers name {@code [i]} right); none when absent (rejected when
     * required) or of another type (rejected). Elements that are not objects are rejected here and left to the
     * caller to skip.
     */
    List<JsonNode> array(JsonNode parent, String name, String path, boolean required) {
        JsonNode value = parent.get(name);
        if (value == null || value.isNull()) {
            if (required) {
                reject(path, "must not be null");
            }
            return List.of();
        }
        if (!value.isArray()) {
            reject(path, "must be an array");
            return List.of();
        }
        List<JsonNode> elements = new ArrayList<>(value.values());
        for (int i = 0; i < elements.size(); i++) {
            if (!elements.get(i).isObject()) {
                reject(path + "[" + i + "]", "must be an object");
            }
        }
        return elements;
    }

    /** A boolean, or null when absent; {@code "true"}/{@code "false"} text is accepted too. */
    Boolean bool(JsonNode parent, String name, String path) {
        JsonNode value = parent.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isString() && ("true".equalsIgnoreCase(value.stringValue().trim())
                || "false".equalsIgnoreCase(value.stringValue().trim()))) {
            return Boolean.parseBoolean(value.stringValue().trim());
        }
        reject(path, "must be true or false");
        return null;
    }
}
