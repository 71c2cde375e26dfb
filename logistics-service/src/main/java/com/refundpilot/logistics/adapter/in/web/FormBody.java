package com.refundpilot.logistics.adapter.in.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.web.ErrorResponseException;

/**
 * A courier's {@code application/x-www-form-urlencoded} push, read from the raw body so that its size is bounded
 * before anything is parsed (chunked bodies too: the bytes are counted, not the Content-Length) and each field is
 * the exact text the courier signed, decoded once. A field given twice is refused rather than picked from.
 */
final class FormBody {

    private final Map<String, String> fields;

    private FormBody(Map<String, String> fields) {
        this.fields = fields;
    }

    /** The field's decoded text, or null when absent. */
    String field(String name) {
        return fields.get(name);
    }

    static FormBody read(HttpServletRequest request, int maxBytes, Set<String> signedFields) {
        Charset charset = charsetOf(request);
        byte[] raw = readAtMost(request, maxBytes);
        if (raw.length == 0 && request.getQueryString() == null && !request.getParameterMap().isEmpty()) {
            // Something (e.g. request logging at DEBUG) asked the container for the parameters first and it consumed
            // the body; without a query string its parameters can only be the body's fields, decoded once.
            return fromParameters(request, maxBytes);
        }
        return parse(new String(raw, StandardCharsets.ISO_8859_1), charset, signedFields);
    }

    /** Parses {@code name=value&...} (ASCII on the wire) into fields decoded once in {@code charset}. */
    static FormBody parse(String body, Charset charset, Set<String> signedFields) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (body.isEmpty()) {
            return new FormBody(fields);
        }
        for (String pair : body.split("&", -1)) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq), charset, "body");
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1), charset, name);
            if (fields.putIfAbsent(name, value) != null && signedFields.contains(name)) {
                throw FieldProblems.badRequest(name, "given more than once");
            }
        }
        return new FormBody(fields);
    }

    private static String decode(String text, Charset charset, String field) {
        try {
            return URLDecoder.decode(text, charset);
        } catch (IllegalArgumentException e) {
            throw FieldProblems.badRequest(field, "is not form-encoded (" + e.getMessage() + ")");
        }
    }

    private static byte[] readAtMost(HttpServletRequest request, int maxBytes) {
        long declared = request.getContentLengthLong();
        if (declared > maxBytes) {
            throw tooLarge("a Content-Length of " + declared + " bytes", maxBytes);
        }
        try (InputStream in = request.getInputStream()) {
            byte[] raw = in.readNBytes(maxBytes + 1);
            if (raw.length > maxBytes) {
                throw tooLarge("more than " + maxBytes + " bytes", maxBytes);
            }
            return raw;
        } catch (IOException e) {
            throw new UncheckedIOException("reading the push body failed", e);
        }
    }

    private static FormBody fromParameters(HttpServletRequest request, int maxBytes) {
        if (request.getContentLengthLong() > maxBytes) {
            throw tooLarge("a Content-Length of " + request.getContentLengthLong() + " bytes", maxBytes);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (values.length > 1) {
                throw FieldProblems.badRequest(name, "given more than once");
            }
            fields.put(name, values.length == 0 ? "" : values[0]);
        });
        return new FormBody(fields);
    }

    private static ErrorResponseException tooLarge(String size, int maxBytes) {
        return FieldProblems.tooLarge("body", size + " is over the limit of " + maxBytes + " bytes");
    }

    private static Charset charsetOf(HttpServletRequest request) {
        String declared = request.getCharacterEncoding();
        try {
            return declared == null ? StandardCharsets.UTF_8 : Charset.forName(declared);
        } catch (IllegalArgumentException unknown) {
            return StandardCharsets.UTF_8;
        }
    }
}
