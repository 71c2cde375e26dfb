package com.refundpilot.sandbox.platform.douyin;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A call's {@code param_json}, read field by field: a missing field is 40001, a malformed one 40004, each naming the
 * field ({@code items[0].logistics.logistics_code} for a nested one). IDs may come as numbers or strings, as the real
 * platform's int64 IDs do; unknown fields are ignored.
 */
final class DouyinParams {

    private final JsonNode node;
    private final String prefix;

    private DouyinParams(JsonNode node, String prefix) {
        this.node = node;
        this.prefix = prefix;
    }

    static DouyinParams parse(JsonMapper json, byte[] body) {
        JsonNode node;
        try {
            node = body.length == 0 ? null : json.readTree(body);
        } catch (JacksonException e) {
            throw DouyinApiException.invalid("param_json", "not JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw DouyinApiException.invalid("param_json", "must be a JSON object");
        }
        return new DouyinParams(node, "");
    }

    /** A text or a whole number, as text (Douyin's IDs are int64). */
    String requiredId(String name) {
        String value = optionalId(name);
        if (value == null || value.isBlank()) {
            throw DouyinApiException.missing(prefix + name);
        }
        return value;
    }

    String optionalId(String name) {
        JsonNode value = value(name);
        if (value == null) {
            return null;
        }
        if (value.isIntegralNumber()) {
            return value.asString();
        }
        if (!value.isString()) {
            throw DouyinApiException.invalid(prefix + name, "must be a string or an integer");
        }
        return value.asString();
    }

    String requiredText(String name) {
        String value = optionalText(name);
        if (value == null || value.isBlank()) {
            throw DouyinApiException.missing(prefix + name);
        }
        return value;
    }

    String optionalText(String name) {
        JsonNode value = value(name);
        if (value == null) {
            return null;
        }
        if (!value.isString()) {
            throw DouyinApiException.invalid(prefix + name, "must be a string");
        }
        return value.asString();
    }

    long requiredLong(String name) {
        Long value = optionalLong(name);
        if (value == null) {
            throw DouyinApiException.missing(prefix + name);
        }
        return value;
    }

    Long optionalLong(String name) {
        JsonNode value = value(name);
        if (value == null) {
            return null;
        }
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return value.longValue();
        }
        if (value.isString() && value.asString().matches("-?\\d{1,18}")) {
            return Long.parseLong(value.asString());
        }
        throw DouyinApiException.invalid(prefix + name, "must be an integer");
    }

    boolean optionalBoolean(String name) {
        JsonNode value = value(name);
        if (value == null) {
            return false;
        }
        if (!value.isBoolean()) {
            throw DouyinApiException.invalid(prefix + name, "must be true or false");
        }
        return value.booleanValue();
    }

    DouyinParams requiredObject(String name) {
        DouyinParams child = optionalObject(name);
        if (child == null) {
            throw DouyinApiException.missing(prefix + name);
        }
        return child;
    }

    DouyinParams optionalObject(String name) {
        JsonNode value = value(name);
        if (value == null) {
            return null;
        }
        if (!value.isObject()) {
            throw DouyinApiException.invalid(prefix + name, "must be an object");
        }
        return new DouyinParams(value, prefix + name + ".");
    }

    List<DouyinParams> objects(String name) {
        JsonNode value = value(name);
        List<DouyinParams> all = new ArrayList<>();
        if (value == null) {
            return all;
        }
        if (!value.isArray()) {
            throw DouyinApiException.invalid(prefix + name, "must be an array");
        }
        for (int i = 0; i < value.size(); i++) {
            if (!value.get(i).isObject()) {
                throw DouyinApiException.invalid(prefix + name + "[" + i + "]", "must be an object");
            }
            all.add(new DouyinParams(value.get(i), prefix + name + "[" + i + "]."));
        }
        return all;
    }

    List<String> texts(String name) {
        JsonNode value = value(name);
        List<String> all = new ArrayList<>();
        if (value == null) {
            return all;
        }
        if (!value.isArray()) {
            throw DouyinApiException.invalid(prefix + name, "must be an array of strings");
        }
        for (int i = 0; i < value.size(); i++) {
            if (!value.get(i).isString() || value.get(i).asString().isBlank()) {
                throw DouyinApiException.invalid(prefix + name + "[" + i + "]", "must be a non-blank string");
            }
            all.add(value.get(i).asString().trim());
        }
        return all;
    }

    private JsonNode value(String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value;
    }
}
