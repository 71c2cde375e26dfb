package com.refundpilot.platform.application.webhook;

import com.refundpilot.platform.application.WebhookRejected;
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

    /** A push above the platform's limit is refused unread (413), before anything else is looked at. */
    public void requireAtMost(int maxBytes) {
        if (body.length > maxBytes) {
            throw new WebhookRejected(WebhookRejected.Kind.TOO_LARGE, "body",
                    "body of " + body.length + " bytes exceeds the limit of " + maxBytes);
        }
    }

    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }
}
