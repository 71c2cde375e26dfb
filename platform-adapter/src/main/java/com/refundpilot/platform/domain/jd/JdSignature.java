package com.refundpilot.platform.domain.jd;

import com.refundpilot.platform.domain.taobao.TopSignature;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Map;

/**
 * JD's signatures (docs/platform-wire-formats/jd.md §1, §3). API calls: {@code UPPER(HEX(MD5(secret + sorted k+v +
 * secret)))}, TOP's scheme. Pushes: the same over the pairs {@code app_key}, {@code body} (the raw bytes, exactly as
 * received) and {@code timestamp} (Beijing {@code yyyy-MM-dd HH:mm:ss}, inside a window: the replay protection),
 * compared in constant time.
 */
public final class JdSignature {

    public static final String APP_KEY_HEADER = "X-Jd-App-Key";
    public static final String TIMESTAMP_HEADER = "X-Jd-Timestamp";
    public static final String SIGN_HEADER = "X-Jd-Sign";

    /** Why a push was refused; each names the header at fault. */
    public enum Verdict {
        VALID(null), MISSING_APP_KEY(APP_KEY_HEADER), WRONG_APP_KEY(APP_KEY_HEADER),
        MISSING_TIMESTAMP(TIMESTAMP_HEADER), BAD_TIMESTAMP(TIMESTAMP_HEADER), EXPIRED(TIMESTAMP_HEADER),
        MISSING_SIGNATURE(SIGN_HEADER), BAD_SIGNATURE(SIGN_HEADER);

        private final String header;

        Verdict(String header) {
            this.header = header;
        }

        public String header() {
            return header;
        }
    }

    private final String appKey;
    private final String secret;
    private final Duration window;

    public JdSignature(String appKey, String secret, Duration window) {
        this.appKey = appKey;
        this.secret = secret;
        this.window = window;
    }

    public Verdict verify(String givenAppKey, String timestamp, String sign, byte[] rawBody, Instant now) {
        if (givenAppKey == null || givenAppKey.isBlank()) {
            return Verdict.MISSING_APP_KEY;
        }
        if (!MessageDigest.isEqual(appKey.getBytes(StandardCharsets.UTF_8),
                givenAppKey.trim().getBytes(StandardCharsets.UTF_8))) {
            return Verdict.WRONG_APP_KEY;
        }
        if (timestamp == null || timestamp.isBlank()) {
            return Verdict.MISSING_TIMESTAMP;
        }
        Instant signedAt;
        try {
            signedAt = JdWire.instant(timestamp);
        } catch (DateTimeParseException e) {
            return Verdict.BAD_TIMESTAMP;
        }
        if (Duration.between(signedAt, now).abs().compareTo(window) > 0) {
            return Verdict.EXPIRED;
        }
        if (sign == null || sign.isBlank()) {
            return Verdict.MISSING_SIGNATURE;
        }
        byte[] expected = signPush(timestamp.trim(), rawBody).getBytes(StandardCharsets.US_ASCII);
        byte[] given = sign.trim().toUpperCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given) ? Verdict.VALID : Verdict.BAD_SIGNATURE;
    }

    public String signPush(String timestamp, byte[] rawBody) {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        text.writeBytes((secret + "app_key" + appKey + "body").getBytes(StandardCharsets.UTF_8));
        text.writeBytes(rawBody);
        text.writeBytes(("timestamp" + timestamp + secret).getBytes(StandardCharsets.UTF_8));
        try {
            return HexFormat.of().withUpperCase().formatHex(MessageDigest.getInstance("MD5").digest(text.toByteArray()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An API call's {@code sign}: JD signs its router calls as TOP does. */
    public static String signCall(Map<String, String> params, String secret) {
        return TopSignature.sign(params, secret);
    }
}
