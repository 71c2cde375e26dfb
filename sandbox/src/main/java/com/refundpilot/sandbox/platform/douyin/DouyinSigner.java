package com.refundpilot.sandbox.platform.douyin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Douyin's two signatures, computed here on the platform's side: the push's {@code event-sign} =
 * lower-case hex MD5(app_key + rawBody + app_secret), and an API request's {@code sign} = lower-case hex
 * HMAC-SHA256(secret, secret + "app_key" + key + "method" + method + "param_json" + body + "timestamp" + ts + "v" + v
 * + secret) (or the MD5 of that text for {@code sign_method=md5}).
 */
final class DouyinSigner {

    private DouyinSigner() {
    }

    static String eventSign(String appKey, String appSecret, byte[] body) {
        MessageDigest md5 = md5();
        md5.update(appKey.getBytes(StandardCharsets.UTF_8));
        md5.update(body);
        md5.update(appSecret.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(md5.digest());
    }

    static String requestSign(String signMethod, String appKey, String appSecret, String method, String paramJson,
            String timestamp, String v) {
        String text = appSecret + "app_key" + appKey + "method" + method + "param_json" + paramJson + "timestamp"
                + timestamp + "v" + v + appSecret;
        if ("md5".equals(signMethod)) {
            return HexFormat.of().formatHex(md5().digest(text.getBytes(StandardCharsets.UTF_8)));
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(appSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
