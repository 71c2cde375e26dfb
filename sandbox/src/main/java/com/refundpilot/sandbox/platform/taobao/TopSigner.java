package com.refundpilot.sandbox.platform.taobao;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The TOP request signature: {@code UPPER(HEX(MD5(secret + k1v1 + k2v2 + … + secret)))} over every
 * parameter but {@code sign}, keys in ascending order, empty values skipped.
 */
public final class TopSigner {

    private TopSigner() {
    }

    public static String sign(String secret, Map<String, String> params) {
        StringBuilder text = new StringBuilder(secret);
        new TreeMap<>(params).forEach((key, value) -> {
            if (!"sign".equals(key) && value != null && !value.isEmpty()) {
                text.append(key).append(value);
            }
        });
        text.append(secret);
        return HexFormat.of().withUpperCase().formatHex(md5(text.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** Constant-time comparison, so a caller cannot learn the signature byte by byte from timings. */
    public static boolean verify(String secret, Map<String, String> params) {
        String given = params.get("sign");
        if (given == null) {
            return false;
        }
        byte[] expected = sign(secret, params).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given.toUpperCase().getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] md5(byte[] input) {
        try {
            return MessageDigest.getInstance("MD5").digest(input);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 unavailable", e);
        }
    }
}
