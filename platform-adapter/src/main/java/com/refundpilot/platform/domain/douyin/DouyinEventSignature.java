package com.refundpilot.platform.domain.douyin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A Douyin push's signature: {@code event-sign} = lower-case hex MD5(app_key + rawBody + app_secret) over the exact
 * bytes received, and {@code app-id} = this merchant app's key; both compared in constant time. No timestamp is
 * signed, so there is no replay window: a replay is a duplicate by {@code msg_id}.
 */
public final class DouyinEventSignature {

    public static final String APP_ID_HEADER = "app-id";
    public static final String SIGN_HEADER = "event-sign";

    /** Why a push was refused; each names the header at fault. */
    public enum Verdict {
        VALID(null), MISSING_APP_ID(APP_ID_HEADER), WRONG_APP_ID(APP_ID_HEADER), MISSING_SIGNATURE(SIGN_HEADER),
        BAD_SIGNATURE(SIGN_HEADER);

        private final String header;

        Verdict(String header) {
            this.header = header;
        }

        public String header() {
            return header;
        }
    }

    private final String appKey;
    private final String appSecret;

    public DouyinEventSignature(String appKey, String appSecret) {
        this.appKey = appKey;
        this.appSecret = appSecret;
    }

    public Verdict verify(String appId, String eventSign, byte[] rawBody) {
        if (appId == null || appId.isBlank()) {
            return Verdict.MISSING_APP_ID;
        }
        if (!MessageDigest.isEqual(appKey.getBytes(StandardCharsets.UTF_8),
                appId.trim().getBytes(StandardCharsets.UTF_8))) {
            return Verdict.WRONG_APP_ID;
        }
        if (eventSign == null || eventSign.isBlank()) {
            return Verdict.MISSING_SIGNATURE;
        }
        byte[] expected = sign(rawBody).getBytes(StandardCharsets.US_ASCII);
        byte[] given = eventSign.trim().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given) ? Verdict.VALID : Verdict.BAD_SIGNATURE;
    }

    public String sign(byte[] rawBody) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            md5.update(appKey.getBytes(StandardCharsets.UTF_8));
            md5.update(rawBody);
            md5.update(appSecret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md5.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
