package com.refundpilot.kit.http;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Lenient reading of a peer's JSON answer: an unreadable body is an empty object, a missing field null. */
public final class JsonAnswers {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonAnswers() {
    }

    public static JsonNode readOrEmpty(String body) {
        try {
            return body == null || body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
        } catch (RuntimeException unreadable) {
            return JSON.createObjectNode();
        }
    }

    public static JsonNode read(String body) {
        return JSON.readTree(body);
    }

    public static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}
