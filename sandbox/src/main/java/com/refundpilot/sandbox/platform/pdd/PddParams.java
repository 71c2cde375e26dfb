package com.refundpilot.sandbox.platform.pdd;

import com.refundpilot.sandbox.platform.taobao.EvidenceUpload;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** A PDD method's own parameters: a missing or malformed one is error 10000 naming it in {@code sub_code}. */
final class PddParams {

    private final Map<String, String> params;

    PddParams(Map<String, String> params) {
        this.params = params;
    }

    String required(String name) {
        String value = optional(name);
        if (value == null) {
            throw PddApiException.missingParameter(name);
        }
        return value;
    }

    String optional(String name) {
        String value = params.get(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    long requiredLong(String name) {
        Long value = optionalLong(name);
        if (value == null) {
            throw PddApiException.missingParameter(name);
        }
        return value;
    }

    Long optionalLong(String name) {
        String value = optional(name);
        if (value == null) {
            return null;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw PddApiException.invalidParameter(name, name + " must be a whole number: '" + value + "'");
        }
    }

    <E extends Enum<E>> E requiredEnum(String name, Class<E> type) {
        String value = required(name);
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw PddApiException.invalidParameter(name, name + " must be one of "
                    + Arrays.toString(type.getEnumConstants()) + ": '" + value + "'");
        }
    }

    Duration positiveDuration(String name) {
        String value = required(name);
        try {
            Duration duration = Duration.parse(value);
            if (duration.isNegative() || duration.isZero()) {
                throw PddApiException.invalidParameter(name, name + " must be positive: " + value);
            }
            return duration;
        } catch (DateTimeParseException e) {
            throw PddApiException.invalidParameter(name, name + " must be an ISO-8601 duration: '" + value + "'");
        }
    }

    /** Comma-separated texts, blanks dropped. */
    List<String> list(String name) {
        String value = params.get(name);
        List<String> items = new ArrayList<>();
        if (value != null) {
            Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(items::add);
        }
        return items;
    }

    /** {@code KIND:reference} entries, comma-separated; the kind in capitals (so a bare URL is not a kind). */
    List<EvidenceUpload.Item> evidence(String name, boolean required) {
        List<EvidenceUpload.Item> items = new ArrayList<>();
        for (String entry : list(name)) {
            int colon = entry.indexOf(':');
            String kind = colon < 0 ? "" : entry.substring(0, colon).trim();
            String reference = colon < 0 ? "" : entry.substring(colon + 1).trim();
            if (!kind.matches("[A-Z][A-Z_]*") || reference.isEmpty()) {
                throw PddApiException.invalidParameter(name, "expected KIND:reference entries, got '" + entry + "'");
            }
            items.add(new EvidenceUpload.Item(kind, reference));
        }
        if (required && items.isEmpty()) {
            throw PddApiException.missingParameter(name);
        }
        return items;
    }
}
