package com.refundpilot.sandbox.platform.wechat;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A WeChat API request body read field by field: a missing or malformed field is {@code 9700224 param error} naming
 * it ({@code address_detail.address_info.city_name} for a nested one). Unknown fields are ignored.
 */
final class WechatBody {

    private final JsonNode node;
    private final String prefix;

    private WechatBody(JsonNode node, String prefix) {
        this.node = node;
        this.prefix = prefix;
    }

    static WechatBody parse(JsonMapper json, byte[] body) {
        JsonNode node;
        try {
            node = body == null || body.length == 0 ? null : json.readTree(body);
        } catch (JacksonException e) {
            throw WechatApiException.param("body", "is not JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw WechatApiException.param("body", "must be a JSON object");
        }
        return new WechatBody(node, "");
    }

    String requiredText(String name) {
        String value = optionalText(name);
        if (value == null || value.isBlank()) {
            throw WechatApiException.param(prefix + name, "is required");
        }
        return value.trim();
    }

    String optionalText(String name) {
        JsonNode value = value(name);
        if (value == null) {
            return null;
        }
        if (value.isNumber()) {
            return value.asString(); // WeChat's numeric IDs may come as numbers
        }
        if (!value.isString()) {
            throw WechatApiException.param(prefix + name, "must be a string");
        }
        return value.asString();
    }

    long requiredLong(String name) {
        Long value = optionalLong(name);
        if (value == null) {
            throw WechatApiException.param(prefix + name, "is required");
        }
        return value;
    }

    Long optionalLong(String name) {
        JsonNode value = value(name);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw WechatApiException.param(prefix + name, "must be an integer");
        }
        return value.longValue();
    }

    int requiredInt(String name) {
        long value = requiredLong(name);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw WechatApiException.param(prefix + name, "is out of range");
        }
        return (int) value;
    }

    /** An array of non-blank strings; absent is empty. */
    List<String> texts(String name) {
        JsonNode value = value(name);
        List<String> texts = new ArrayList<>();
        if (value == null) {
            return texts;
        }
        if (!value.isArray()) {
            throw WechatApiException.param(prefix + name, "must be an array of strings");
        }
        for (JsonNode item : value) {
            if (!item.isString()) {
                throw WechatApiException.param(prefix + name, "must be an array of strings");
            }
            if (!item.asString().isBlank()) {
                texts.add(item.asString().trim());
            }
        }
        return texts;
    }

    WechatBody requiredObject(String name) {
        JsonNode value = value(name);
        if (value == null || !value.isObject()) {
            throw WechatApiException.param(prefix + name, "is required (an object)");
        }
        return new WechatBody(value, prefix + name + ".");
    }

    private JsonNode value(String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value;
    }
}
