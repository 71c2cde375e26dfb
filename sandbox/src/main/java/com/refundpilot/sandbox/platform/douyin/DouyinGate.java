package com.refundpilot.sandbox.platform.douyin;

import com.refundpilot.sandbox.platform.taobao.SandboxPlatform;
import com.refundpilot.sandbox.platform.taobao.TaobaoMetrics;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every Douyin API call passes here first, in this order: the app key (30001), the method named as the path names it,
 * {@code v=2}, the timestamp (epoch seconds, within the window: 30001), the signature over the exact body received
 * (30001), the {@code access_token}; then the body is read. A refused call changes nothing and is not counted; an
 * admitted one is counted for the oracle by its method ({@code afterSale.operate}), refused later or not.
 */
@Component
class DouyinGate {

    private final DouyinProperties properties;
    private final TaobaoMetrics metrics;
    private final JsonMapper json;
    private final Clock clock;

    DouyinGate(DouyinProperties properties, TaobaoMetrics metrics, JsonMapper json, Clock clock) {
        this.properties = properties;
        this.metrics = metrics;
        this.json = json;
        this.clock = clock;
    }

    DouyinCall admit(HttpServletRequest request, String method, byte[] body) {
        byte[] raw = body == null ? new byte[0] : body;
        String appKey = request.getParameter("app_key");
        if (appKey == null || !appKey.equals(properties.appKey())) {
            throw DouyinApiException.unauthorized("isv.app-key-invalid", "认证失败，app_key不存在: " + appKey);
        }
        String given = required(request, "method");
        if (!given.equals(method)) {
            throw DouyinApiException.invalid("method", "this path serves " + method + ", not " + given);
        }
        String v = required(request, "v");
        if (!"2".equals(v)) {
            throw DouyinApiException.invalid("v", "only v=2 is served, was " + v);
        }
        String timestamp = required(request, "timestamp");
        checkTimestamp(timestamp);
        String signMethod = request.getParameter("sign_method") == null ? "md5" : request.getParameter("sign_method");
        if (!signMethod.equals("hmac-sha256") && !signMethod.equals("md5")) {
            throw DouyinApiException.invalid("sign_method", "hmac-sha256 or md5, was " + signMethod);
        }
        String sign = request.getParameter("sign");
        String expected = DouyinSigner.requestSign(signMethod, appKey, properties.appSecret(), method,
                new String(raw, StandardCharsets.UTF_8), timestamp, v);
        if (sign == null || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                sign.toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII))) {
            throw DouyinApiException.unauthorized("isv.sign-invalid", "签名校验失败: sign does not match the request");
        }
        String shopId = required(request, "access_token");
        metrics.methodCalled(SandboxPlatform.DOUYIN, method);
        return new DouyinCall(shopId, DouyinParams.parse(json, raw));
    }

    private void checkTimestamp(String timestamp) {
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.trim());
        } catch (NumberFormatException e) {
            throw DouyinApiException.invalid("timestamp", "must be epoch seconds, was '" + timestamp + "'");
        }
        long skew = Math.abs(clock.instant().getEpochSecond() - seconds);
        if (skew > properties.requestWindow().toSeconds()) {
            throw DouyinApiException.unauthorized("isv.timestamp-expired", "timestamp " + seconds + " is " + skew
                    + " s from the platform's clock (window " + properties.requestWindow() + ")");
        }
    }

    private static String required(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        if (value == null || value.isBlank()) {
            throw DouyinApiException.missing(name);
        }
        return value;
    }
}
