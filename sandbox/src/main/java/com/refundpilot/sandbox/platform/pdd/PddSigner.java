package com.refundpilot.sandbox.platform.pdd;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * Pinduoduo's signatures. API requests: {@code UPPER(HEX(MD5(secret + k1v1 + k2v2 + … + secret)))} over every
 * parameter but {@code sign}, keys ascending, empty values skipped (PDD's scheme). Pushes (a sandbox assumption):
 * {@code UPPER(HEX(MD5(secret + timestamp + rawBody + secret)))} over the exact bytes sent.
 */
public final class PddSigner {

    private PddSigner() {
    }

    public static String signRequest(String secret, Map<String, String> params) {
        StringBuilder text = new StringBuilder(secret);
        new TreeMap<>(params).forEach((key, value) -> {
            if (!"sign".equals(key) && value != null && !value.isEmpty()) {
                text.append(key).append(value);
            }
        });
        text.append(secret);
        return hex(md5(text.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** Constant time, so a caller cannot find the signature byte by byte. */
    public static boolean requestMatches(String secret, Map<String, String> params) {
        String given = params.get("sign");
        if (given == null) {
            return false;
        }
        return MessageDigest.isEqual(signRequest(secret, params).getBytes(StandardCharsets.US_ASCII),
                given.trim().toUpperCase().getBytes(StandardCharsets.US_ASCII));
    }

    public static String signPush(String secret, String timestamp, byte[] rawBody) {
        byte[] head = (secret + timestamp).getBytes(StandardCharsets.UTF_8);
        byte[] tail = secret.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + rawBody.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(rawBody, 0, all, head.length, rawBody.length);
        System.arraycopy(tail, 0, all, head.length + rawBody.length, tail.length);
        return hex(md5(all));
    }

    private static String hex(byte[] digest) {
        return HexFormat.of().withUpperCase().formatHex(digest);
    }

    private static byte[] md5(byte[] input) {
        try {
            return MessageDigest.getInstance("MD5").digest(input);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 unavailable", e);
        }
    }
}
