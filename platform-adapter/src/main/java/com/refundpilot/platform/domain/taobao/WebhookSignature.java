package com.refundpilot.platform.domain.taobao;

import com.refundpilot.platform.domain.TimestampWindow;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies a pushed message: {@code X-Top-Sign = Base64(HMAC-SHA256(secret, timestamp + "\n" + rawBody))}
 * over the raw bytes, compared in constant time, with the timestamp inside a window (replay protection).
 */
public final class WebhookSignature {

    /** Why a message was refused; each maps to a 4xx answer. */
    public enum Verdict { VALID, MISSING_SIGNATURE, MISSING_TIMESTAMP, BAD_TIMESTAMP, EXPIRED, BAD_SIGNATURE }

    private final byte[] secret;
    private final Duration window;

    public WebhookSignature(String secret, Duration window) {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.window = window;
    }

    public Verdict verify(String timestamp, String signature, byte[] rawBody, Instant now) {
        if (signature == null || signature.isBlank()) {
            return Verdict.MISSING_SIGNATURE;
        }
        Verdict stale = switch (TimestampWindow.check(timestamp, now, window)) {
            case MISSING -> Verdict.MISSING_TIMESTAMP;
            case NOT_A_NUMBER -> Verdict.BAD_TIMESTAMP;
            case OUTSIDE -> Verdict.EXPIRED;
            case FRESH -> null;
        };
        if (stale != null) {
            return stale;
        }
        byte[] expected = sign(timestamp.trim(), rawBody).getBytes(StandardCharsets.US_ASCII);
        byte[] given = signature.trim().getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given) ? Verdict.VALID : Verdict.BAD_SIGNATURE;
    }

    public String sign(String timestamp, byte[] rawBody) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update((timestamp + "\n").getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(mac.doFinal(rawBody));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
