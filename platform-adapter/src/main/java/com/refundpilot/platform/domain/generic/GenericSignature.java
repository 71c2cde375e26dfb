package com.refundpilot.platform.domain.generic;

import com.refundpilot.platform.domain.TimestampWindow;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The generic protocol's request signature, both directions: {@code X-RP-Signature = "v1=" +
 * hex(HMAC-SHA256(secret, timestamp + "." + rawBody))}, compared in constant time, with the timestamp (epoch ms)
 * inside a window (replay protection).
 */
public final class GenericSignature {

    public static final String APP_KEY_HEADER = "X-RP-App-Key";
    public static final String TIMESTAMP_HEADER = "X-RP-Timestamp";
    public static final String SIGNATURE_HEADER = "X-RP-Signature";
    private static final String VERSION = "v1=";

    /** Why a request was refused; each names the header at fault. */
    public enum Verdict {
        VALID(null), MISSING_APP_KEY(APP_KEY_HEADER), WRONG_APP_KEY(APP_KEY_HEADER),
        MISSING_TIMESTAMP(TIMESTAMP_HEADER), BAD_TIMESTAMP(TIMESTAMP_HEADER), EXPIRED(TIMESTAMP_HEADER),
        MISSING_SIGNATURE(SIGNATURE_HEADER), BAD_SIGNATURE(SIGNATURE_HEADER);

        private final String header;

        Verdict(String header) {
            this.header = header;
        }

        public String header() {
            return header;
        }
    }

    private final String appKey;
    private final byte[] secret;
    private final Duration window;

    public GenericSignature(String appKey, String secret, Duration window) {
        this.appKey = appKey;
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.window = window;
    }

    public Verdict verify(String givenAppKey, String timestamp, String signature, byte[] rawBody, Instant now) {
        if (givenAppKey == null || givenAppKey.isBlank()) {
            return Verdict.MISSING_APP_KEY;
        }
        if (!MessageDigest.isEqual(appKey.getBytes(StandardCharsets.UTF_8),
                givenAppKey.trim().getBytes(StandardCharsets.UTF_8))) {
            return Verdict.WRONG_APP_KEY;
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
        if (signature == null || signature.isBlank()) {
            return Verdict.MISSING_SIGNATURE;
        }
        byte[] expected = sign(timestamp.trim(), rawBody).getBytes(StandardCharsets.US_ASCII);
        byte[] given = signature.trim().getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given) ? Verdict.VALID : Verdict.BAD_SIGNATURE;
    }

    public String sign(String timestamp, byte[] rawBody) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return VERSION + HexFormat.of().formatHex(mac.doFinal(rawBody));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
