package com.refundpilot.sandbox.platform.generic;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The generic protocol's signature, both directions:
 * {@code X-RP-Signature = "v1=" + hex(HMAC-SHA256(secret, timestamp + "." + rawBody))}.
 */
public final class GenericSigner {

    private static final String PREFIX = "v1=";

    private GenericSigner() {
    }

    public static String sign(String secret, String timestamp, byte[] rawBody) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return PREFIX + HexFormat.of().formatHex(mac.doFinal(rawBody));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** Compared in constant time, so a caller cannot find the signature byte by byte. */
    public static boolean matches(String secret, String timestamp, byte[] rawBody, String signature) {
        byte[] expected = sign(secret, timestamp, rawBody).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.UTF_8));
    }
}
