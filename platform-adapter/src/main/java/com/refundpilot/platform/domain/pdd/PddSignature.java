package com.refundpilot.platform.domain.pdd;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * Pinduoduo's signatures. API requests (PDD's scheme): {@code UPPER(HEX(MD5(secret + k1v1 + … + secret)))}, keys
 * ascending, {@code sign} and empty values left out. Pushes (the sandbox's HTTP stand-in for the message WebSocket):
 * {@code X-Pdd-Sign = UPPER(HEX(MD5(secret + timestamp + rawBody + secret)))}, compared in constant time, with the
 * timestamp (epoch ms) inside a window and the client id the app's.
 */
public final class PddSignature {

    public static final String CLIENT_ID_HEADER = "X-Pdd-Client-Id";
    public static final String TIMESTAMP_HEADER = "X-Pdd-Timestamp";
    public static final String SIGN_HEADER = "X-Pdd-Sign";

    /** Why a push was refused; each names the header at fault. */
    public enum Verdict {
        VALID(null, "valid"),
        MISSING_CLIENT_ID(CLIENT_ID_HEADER, "header X-Pdd-Client-Id is missing"),
        WRONG_CLIENT_ID(CLIENT_ID_HEADER, "X-Pdd-Client-Id is not this app's client id"),
        MISSING_TIMESTAMP(TIMESTAMP_HEADER, "header X-Pdd-Timestamp is missing"),
        BAD_TIMESTAMP(TIMESTAMP_HEADER, "X-Pdd-Timestamp is not epoch milliseconds"),
        EXPIRED(TIMESTAMP_HEADER, "X-Pdd-Timestamp is outside the accepted window"),
        MISSING_SIGNATURE(SIGN_HEADER, "header X-Pdd-Sign is missing"),
        BAD_SIGNATURE(SIGN_HEADER, "X-Pdd-Sign does not match the body");

        private final String header;
        private final String description;

        Verdict(String header, String description) {
            this.header = header;
            this.description = description;
        }

        public String header() {
            return header;
        }

        public String description() {
            return description;
        }
    }

    private final String clientId;
    private final String secret;
    private final Duration window;

    public PddSignature(String clientId, String secret, Duration window) {
        this.clientId = clientId;
        this.secret = secret;
        this.window = window;
    }

    public Verdict verifyPush(String givenClientId, String timestamp, String sign, byte[] rawBody, Instant now) {
        if (givenClientId == null || givenClientId.isBlank()) {
            return Verdict.MISSING_CLIENT_ID;
        }
        if (!MessageDigest.isEqual(clientId.getBytes(StandardCharsets.UTF_8),
                givenClientId.trim().getBytes(StandardCharsets.UTF_8))) {
            return Verdict.WRONG_CLIENT_ID;
        }
        if (timestamp == null || timestamp.isBlank()) {
            return Verdict.MISSING_TIMESTAMP;
        }
        long millis;
        try {
            millis = Long.parseLong(timestamp.trim());
        } catch (NumberFormatException e) {
            return Verdict.BAD_TIMESTAMP;
        }
        if (Duration.between(Instant.ofEpochMilli(millis), now).abs().compareTo(window) > 0) {
            return Verdict.EXPIRED;
        }
        if (sign == null || sign.isBlank()) {
            return Verdict.MISSING_SIGNATURE;
        }
        byte[] expected = signPush(timestamp.trim(), rawBody).getBytes(StandardCharsets.US_ASCII);
        byte[] given = sign.trim().toUpperCase().getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given) ? Verdict.VALID : Verdict.BAD_SIGNATURE;
    }

    public String signPush(String timestamp, byte[] rawBody) {
        byte[] head = (secret + timestamp).getBytes(StandardCharsets.UTF_8);
        byte[] tail = secret.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + rawBody.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(rawBody, 0, all, head.length, rawBody.length);
        System.arraycopy(tail, 0, all, head.length + rawBody.length, tail.length);
        return hex(md5(all));
    }

    public String signRequest(Map<String, String> params) {
        StringBuilder text = new StringBuilder(secret);
        new TreeMap<>(params).forEach((key, value) -> {
            if (!"sign".equals(key) && value != null && !value.isEmpty()) {
                text.append(key).append(value);
            }
        });
        return hex(md5(text.append(secret).toString().getBytes(StandardCharsets.UTF_8)));
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
