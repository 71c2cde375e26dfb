package com.refundpilot.platform.application.webhook;

import java.util.Locale;
import java.util.Map;

/**
 * A platform push exactly as it arrived: the raw body (signatures cover these bytes), the headers (by lower-case
 * name) and the query parameters (WeChat signs those).
 */
public record RawPush(byte[] body, Map<String, String> headers, Map<String, String> query) {

    public RawPush {
        body = body == null ? new byte[0] : body;
        headers = headers == null ? Map.of() : Map.copyOf(headers);
        query = query == null ? Map.of() : Map.copyOf(query);
    }

    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }
}
