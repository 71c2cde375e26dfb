package com.refundpilot.sandbox.platform.generic;

import com.refundpilot.sandbox.platform.taobao.SandboxPlatform;
import com.refundpilot.sandbox.platform.taobao.TaobaoMetrics;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every generic API call passes here first: the app key, the signature over the exact bytes received and the
 * replay window ({@code 401 BAD_SIGNATURE} / {@code EXPIRED_TIMESTAMP}, nothing happens); then the call is counted
 * for the oracle by its operation ({@code POST /after-sales/{id}/agree}), as TOP calls are by method.
 */
@Component
class GenericGate {

    /** The protocol's replay window: a timestamp further than this from the platform's clock is refused. */
    static final Duration WINDOW = Duration.ofMinutes(5);
    private static final String BASE = "/generic/v1";

    private final GenericProperties properties;
    private final TaobaoMetrics metrics;
    private final JsonMapper json;
    private final Clock clock;

    GenericGate(GenericProperties properties, TaobaoMetrics metrics, JsonMapper json, Clock clock) {
        this.properties = properties;
        this.metrics = metrics;
        this.json = json;
        this.clock = clock;
    }

    /** A read: signed over the empty body. */
    void admitRead(HttpServletRequest request) {
        admit(request, new byte[0]);
    }

    /** An action: signed over its body, which is then read. */
    GenericBody admitAction(HttpServletRequest request, byte[] body) {
        byte[] raw = body == null ? new byte[0] : body;
        admit(request, raw);
        return GenericBody.parse(json, raw);
    }

    private void admit(HttpServletRequest request, byte[] raw) {
        String appKey = request.getHeader("X-RP-App-Key");
        String timestamp = request.getHeader("X-RP-Timestamp");
        String signature = request.getHeader("X-RP-Signature");
        if (appKey == null || timestamp == null || signature == null) {
            throw GenericApiException.badSignature("X-RP-App-Key, X-RP-Timestamp and X-RP-Signature are required");
        }
        if (!appKey.equals(properties.appKey())) {
            throw GenericApiException.badSignature("unknown app key " + appKey);
        }
        if (!GenericSigner.matches(properties.appSecret(), timestamp, raw, signature)) {
            throw GenericApiException.badSignature("the signature does not match the request");
        }
        long signedAt;
        try {
            signedAt = Long.parseLong(timestamp.trim());
        } catch (NumberFormatException e) {
            throw GenericApiException.expiredTimestamp("X-RP-Timestamp must be epoch milliseconds: '" + timestamp + "'");
        }
        if (Math.abs(clock.millis() - signedAt) > WINDOW.toMillis()) {
            throw GenericApiException.expiredTimestamp("X-RP-Timestamp " + signedAt + " is more than " + WINDOW
                    + " from the platform's clock " + clock.millis());
        }
        metrics.methodCalled(SandboxPlatform.GENERIC, operationOf(request));
    }

    /** {@code POST /after-sales/{id}/agree}: the method and the mapped path, below the API's base. */
    private static String operationOf(HttpServletRequest request) {
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        String path = pattern == null ? request.getRequestURI() : pattern.toString();
        return request.getMethod() + " " + (path.startsWith(BASE) ? path.substring(BASE.length()) : path);
    }
}
