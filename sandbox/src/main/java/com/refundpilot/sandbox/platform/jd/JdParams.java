package com.refundpilot.sandbox.platform.jd;

import com.refundpilot.sandbox.platform.taobao.EvidenceUpload;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A method's parameters: the JSON object of {@code 360buy_param_json}. JD's SDKs send every value as a string, so a
 * number may come either way; a missing or unreadable value is error 20 naming the parameter, before anything happens.
 */
final class JdParams {

    private final JsonNode node;

    private JdParams(JsonNode node) {
        this.node = node;
    }

    static JdParams parse(JsonMapper json, String text) {
        try {
            JsonNode node = json.readTree(text);
            if (node == null || !node.isObject()) {
                throw JdApiException.badParameter("360buy_param_json", "must be a JSON object");
            }
            return new JdParams(node);
        } catch (JacksonException e) {
            throw JdApiException.badParameter("360buy_param_json", "not JSON: " + e.getOriginalMessage());
        }
    }

    Optional<String> text(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isString() && !value.isNumber() && !value.isBoolean()) {
            throw JdApiException.badParameter(name, "must be a string or a number");
        }
        String text = value.asString().trim();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    String requiredText(String name) {
        return text(name).orElseThrow(() -> JdApiException.badParameter(name, "is required"));
    }

    Optional<Long> number(String name) {
        return text(name).map(text -> {
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException e) {
                throw JdApiException.badParameter(name, "must be a whole number, was '" + text + "'");
            }
        });
    }

    long requiredNumber(String name) {
        return number(name).orElseThrow(() -> JdApiException.badParameter(name, "is required"));
    }

    /** Yuan with at most two decimals ("599.00", 599.5) → fen; never through a double, never rounded. */
    Optional<Long> fen(String name) {
        return text(name).map(text -> {
            try {
                BigDecimal yuan = new BigDecimal(text);
                if (yuan.signum() < 0 || yuan.stripTrailingZeros().scale() > 2) {
                    throw JdApiException.badParameter(name, "must be yuan with at most two decimals, was '" + text + "'");
                }
                return yuan.movePointRight(2).longValueExact();
            } catch (NumberFormatException | ArithmeticException e) {
                throw JdApiException.badParameter(name, "must be yuan with at most two decimals, was '" + text + "'");
            }
        });
    }

    boolean flag(String name) {
        return text(name).map(text -> switch (text) {
            case "true" -> true;
            case "false" -> false;
            default -> throw JdApiException.badParameter(name, "must be true or false, was '" + text + "'");
        }).orElse(false);
    }

    /**
     * {@code KIND:reference} entries, comma-separated (the kind in capitals, so a bare URL is not read as kind
     * "https"); an entry of another shape is error 20 naming the parameter.
     */
    List<EvidenceUpload.Item> evidence(String name) {
        List<EvidenceUpload.Item> items = new ArrayList<>();
        for (String entry : text(name).orElse("").split(",")) {
            String trimmed = entry.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            int colon = trimmed.indexOf(':');
            String kind = colon < 0 ? "" : trimmed.substring(0, colon).trim();
            String reference = colon < 0 ? "" : trimmed.substring(colon + 1).trim();
            if (!kind.matches("[A-Z][A-Z_]*") || reference.isEmpty()) {
                throw JdApiException.badParameter(name, "expected KIND:reference entries, got '" + trimmed + "'");
            }
            items.add(new EvidenceUpload.Item(kind, reference));
        }
        return items;
    }
}
