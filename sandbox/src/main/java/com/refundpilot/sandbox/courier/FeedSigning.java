package com.refundpilot.sandbox.courier;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

/** How Kuaidi100 and Kdniao sign their pushes (both MD5 over the field's text followed by the key, UTF-8). */
final class FeedSigning {

    private FeedSigning() {
    }

    /** Kuaidi100: {@code sign = UPPER(MD5(param + salt))}. */
    static String kuaidi100(String param, String salt) {
        return HexFormat.of().withUpperCase().formatHex(md5(param + salt));
    }

    /**
     * Kdniao: {@code base64(md5hex(RequestData + AppKey))}; the {@code urlencode} of Kdniao's formula is the form
     * encoding of the field, done when the form is written.
     */
    static String kdniao(String requestData, String appKey) {
        String hex = HexFormat.of().formatHex(md5(requestData + appKey));
        return Base64.getEncoder().encodeToString(hex.getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] md5(String text) {
        try {
            return MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every JDK", e);
        }
    }
}
