package com.refundpilot.scenario.parse;

import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * Typed, path-aware access to a parsed document. Every problem becomes a
 * {@link ScenarioFormatException} naming the file, the key path and what is wrong.
 */
final class Tree {

    private static final Pattern HH_MM = Pattern.compile("([01]?[0-9]|2[0-3]):([0-5][0-9])");

    final Path file;

    Tree(Path file) {
        this.file = file;
    }

    ScenarioFormatException error(String path, String problem) {
        return new ScenarioFormatException(file, path.isEmpty() ? ScenarioFormatException.DOCUMENT : path, problem);
    }

    static String child(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    static String index(String path, int i) {
        return path + "[" + i + "]";
    }

    /** A mapping whose keys must all be among {@code allowed} (null: any key). */
    Obj object(JsonNode node, String path, Collection<String> allowed) {
        if (node == null || !node.isObject()) {
            throw error(path, "expected a mapping, got " + describe(node));
        }
        if (allowed != null) {
            for (String key : node.propertyNames()) {
                if (!allowed.contains(key)) {
                    throw error(child(path, key), "unknown key (expected one of " + String.join(", ", allowed) + ")"
                            + didYouMean(key, allowed));
                }
            }
        }
        return new Obj(node, path);
    }

    List<JsonNode> list(JsonNode node, String path) {
        if (node == null || !node.isArray()) {
            throw error(path, "expected a list, got " + describe(node));
        }
        List<JsonNode> out = new ArrayList<>();
        node.values().forEach(out::add);
        return out;
    }

    <T> List<T> listOf(JsonNode node, String path, BiFunction<JsonNode, String, T> element) {
        List<JsonNode> nodes = list(node, path);
        List<T> out = new ArrayList<>(nodes.size());
        for (int i = 0; i < nodes.size(); i++) {
            out.add(element.apply(nodes.get(i), index(path, i)));
        }
        return out;
    }

    /** Free text: a string, not blank. */
    String text(JsonNode node, String path) {
        if (node == null || !node.isString()) {
            throw error(path, "expected a string, got " + describe(node));
        }
        String s = node.stringValue();
        if (s.isBlank()) {
            throw error(path, "must not be empty");
        }
        return s;
    }

    /**
     * An identifier or attribute that YAML may read as a number: a string, or a whole number kept
     * as its digits ({@code size: 42} gives {@code "42"}).
     */
    String id(JsonNode node, String path) {
        if (node != null && node.isNumber()) {
            return node.isIntegralNumber() ? node.bigIntegerValue().toString() : node.decimalValue().toPlainString();
        }
        if (node == null || !node.isString()) {
            throw error(path, "expected a string, got " + describe(node));
        }
        return text(node, path);
    }

    /** An amount in fen: a whole number, not negative. */
    long amount(JsonNode node, String path) {
        return wholeNumber(node, path, 0, "fen");
    }

    /** A whole number of at least {@code min}. */
    int count(JsonNode node, String path, int min) {
        return (int) Math.min(Integer.MAX_VALUE, wholeNumber(node, path, min, null));
    }

    long wholeNumber(JsonNode node, String path, long min, String unit) {
        String what = unit == null ? "a whole number" : "a whole number of " + unit;
        if (node == null || !node.isNumber()) {
            throw error(path, "expected " + what + ", got " + describe(node));
        }
        if (!node.isIntegralNumber()) {
            throw error(path, "expected " + what + ", got " + node.decimalValue().toPlainString());
        }
        BigInteger value = node.bigIntegerValue();
        if (value.signum() < 0 && min >= 0) {
            throw error(path, (min == 0 ? "must not be negative" : "must be at least " + min) + " (got " + value + ")");
        }
        if (value.bitLength() > 62) {
            throw error(path, "too large (got " + value + ")");
        }
        long v = value.longValue();
        if (v < min) {
            throw error(path, "must be at least " + min + " (got " + v + ")");
        }
        if (unit == null && v > Integer.MAX_VALUE) {
            throw error(path, "too large (got " + v + ")");
        }
        return v;
    }

    boolean bool(JsonNode node, String path) {
        if (node == null || !node.isBoolean()) {
            throw error(path, "expected true or false, got " + describe(node));
        }
        return node.booleanValue();
    }

    /** An ISO-8601 duration, not negative. */
    Duration duration(JsonNode node, String path) {
        if (node == null || !node.isString()) {
            throw error(path, "expected an ISO-8601 duration such as PT72H or P3D, got " + describe(node));
        }
        String s = node.stringValue().trim();
        Duration d;
        try {
            d = Duration.parse(s);
        } catch (DateTimeParseException e) {
            throw error(path, "'" + s + "' is not an ISO-8601 duration (e.g. PT0S, PT2H, PT30M, P3D)");
        }
        if (d.isNegative()) {
            throw error(path, "must not be negative (got " + s + ")");
        }
        return d;
    }

    /** An instant written with its UTC offset, e.g. {@code 2026-11-11T10:00:00+08:00}. */
    Instant instant(JsonNode node, String path) {
        if (node == null || !node.isString()) {
            throw error(path, "expected an instant such as 2026-11-11T10:00:00+08:00, got " + describe(node));
        }
        String s = node.stringValue().trim();
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            try {
                LocalDateTime.parse(s);
                throw error(path, "'" + s + "' has no UTC offset (write e.g. " + s + "+08:00)");
            } catch (DateTimeParseException e2) {
                throw error(path, "'" + s + "' is not an instant with offset (e.g. 2026-11-11T10:00:00+08:00)");
            }
        }
    }

    /** A local date, {@code 2026-11-11}. */
    LocalDate date(JsonNode node, String path) {
        if (node == null || !node.isString()) {
            throw error(path, "expected a date such as 2026-11-11, got " + describe(node));
        }
        String s = node.stringValue().trim();
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw error(path, "'" + s + "' is not a date (e.g. 2026-11-11)");
        }
    }

    /** A rate: a number from 0 to 1 ({@code 1}, {@code 0.5}, {@code 1.0}). */
    double rate(JsonNode node, String path) {
        if (node == null || !node.isNumber()) {
            throw error(path, "expected a rate from 0 to 1 (e.g. 0.5), got " + describe(node));
        }
        double v = node.doubleValue();
        if (!(v >= 0 && v <= 1)) {
            throw error(path, "a rate is from 0 to 1 (got " + node.decimalValue().toPlainString() + ")");
        }
        return v;
    }

    /** A local time of day, "HH:mm". */
    LocalTime timeOfDay(JsonNode node, String path) {
        if (node == null || !node.isString()) {
            throw error(path, "expected a time of day \"HH:mm\" (quoted), got " + describe(node));
        }
        String s = node.stringValue().trim();
        Matcher m = HH_MM.matcher(s);
        if (!m.matches()) {
            throw error(path, "'" + s + "' is not a time of day \"HH:mm\" (e.g. \"09:00\")");
        }
        return LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    <E extends Enum<E>> E enumValue(JsonNode node, String path, Class<E> type) {
        List<String> names = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        if (node == null || !node.isString()) {
            throw error(path, "expected one of " + String.join(", ", names) + ", got " + describe(node));
        }
        String s = node.stringValue();
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(s)) {
                return e;
            }
        }
        throw error(path, "unknown value '" + s + "' (expected one of " + String.join(", ", names) + ")"
                + didYouMean(s, names));
    }

    /** Plain Java value of any node (item attributes the format does not name). */
    static Object plain(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            node.properties().forEach(e -> map.put(e.getKey(), plain(e.getValue())));
            return Collections.unmodifiableMap(map);
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.values().forEach(v -> list.add(plain(v)));
            return Collections.unmodifiableList(list);
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isIntegralNumber()) {
            BigInteger v = node.bigIntegerValue();
            return v.bitLength() < 64 ? (Object) v.longValue() : v;
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        return node.asString();
    }

    static String describe(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return "nothing";
        }
        if (node.isObject()) {
            return "a mapping";
        }
        if (node.isArray()) {
            return "a list";
        }
        if (node.isBoolean()) {
            return "a boolean (" + node.booleanValue() + ")";
        }
        if (node.isNumber()) {
            return "a number (" + (node.isIntegralNumber() ? node.bigIntegerValue().toString()
                    : node.decimalValue().toPlainString()) + ")";
        }
        if (node.isString()) {
            return "a string ('" + node.stringValue() + "')";
        }
        return node.getNodeType().toString().toLowerCase(Locale.ROOT);
    }

    /** {@code "; did you mean X?"} when a candidate is close to what was written, else "". */
    static String didYouMean(String given, Collection<String> candidates) {
        String g = given.toUpperCase(Locale.ROOT);
        int tolerance = Math.max(1, Math.min(3, given.length() / 4));
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            String u = c.toUpperCase(Locale.ROOT);
            int d = distance(g, u);
            // a close spelling, or an abbreviation / extension of the name (trackNo for trackingNo)
            boolean close = d <= tolerance
                    || Math.min(g.length(), u.length()) >= 4 && (isSubsequence(g, u) || isSubsequence(u, g));
            if (close && d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return best != null ? "; did you mean " + best + "?" : "";
    }

    private static boolean isSubsequence(String shorter, String longer) {
        int i = 0;
        for (int j = 0; i < shorter.length() && j < longer.length(); j++) {
            if (shorter.charAt(i) == longer.charAt(j)) {
                i++;
            }
        }
        return i == shorter.length();
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    static String joined(Collection<?> items) {
        return items.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    /** A mapping at a path. Keys with an explicit null value count as absent. */
    final class Obj {
        final JsonNode node;
        final String path;

        private Obj(JsonNode node, String path) {
            this.node = node;
            this.path = path;
        }

        String path(String key) {
            return child(path, key);
        }

        boolean has(String key) {
            JsonNode v = node.get(key);
            return v != null && !v.isNull();
        }

        /** Present keys among {@code keys}, in the given order. */
        List<String> present(Collection<String> keys) {
            return keys.stream().filter(this::has).toList();
        }

        JsonNode get(String key) {
            return node.get(key);
        }

        void require(String key) {
            require(key, null);
        }

        void require(String key, String why) {
            if (!node.has(key)) {
                throw error(path(key), "missing required key" + (why == null ? "" : " (" + why + ")"));
            }
            if (node.get(key).isNull()) {
                throw error(path(key), "missing value (the key is required)");
            }
        }

        <T> T req(String key, BiFunction<JsonNode, String, T> read) {
            require(key);
            return read.apply(node.get(key), path(key));
        }

        <T> T opt(String key, BiFunction<JsonNode, String, T> read) {
            return has(key) ? read.apply(node.get(key), path(key)) : null;
        }

        <T> T opt(String key, BiFunction<JsonNode, String, T> read, T fallback) {
            return has(key) ? read.apply(node.get(key), path(key)) : fallback;
        }

        <E extends Enum<E>> E reqEnum(String key, Class<E> type) {
            return req(key, (n, p) -> enumValue(n, p, type));
        }

        <E extends Enum<E>> E optEnum(String key, Class<E> type) {
            return opt(key, (n, p) -> enumValue(n, p, type));
        }

        /** Rejects a key the surrounding value does not allow (e.g. a key of another platform event). */
        void onlyAllowed(Collection<String> allowed, String context) {
            for (String key : node.propertyNames()) {
                if (!allowed.contains(key)) {
                    throw error(path(key), "not allowed " + context + " (allowed: " + String.join(", ", allowed) + ")");
                }
            }
        }
    }
}
