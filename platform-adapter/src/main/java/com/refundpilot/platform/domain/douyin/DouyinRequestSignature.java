package com.refundpilot.platform.domain.douyin;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The open API's request signature ({@code sign_method=hmac-sha256}): lower-case hex HMAC-SHA256(secret, secret +
 * "app_key" + key + "method" + method + "param_json" + body + "timestamp" + ts + "v" + v + secret), over the exact body
 * sent (docs/platform-wire-formats/douyin.md §2).
 */
public final class DouyinRequestSignature {

    public static final String VERSION = "2";

    private final String appKey;
    private final String appSecret;

    public DouyinRequestSignature(String appKey, String appSecret) {
        this.appKey = appKey;
        this.appSecret = appSecret;
    }

    public String sign(String method, String paramJson, String timestamp) {
        String text = appSecret + "app_key" + appKey + "method" + method + "param_json" + paramJson + "timestamp"
                + timestamp + "v" + VERSION + appSecret;
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(appSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
