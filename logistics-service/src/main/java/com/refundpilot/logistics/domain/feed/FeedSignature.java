package com.refundpilot.logistics.domain.feed;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The two couriers' push signatures, both an MD5 over the signed text (the form field exactly as received, after
 * the one form decoding) followed by the shared key, in UTF-8:
 * <ul>
 * <li>Kuaidi100: {@code sign = UPPER(hex(MD5(param + salt)))};</li>
 * <li>Kdniao: {@code DataSign = urlencode(base64(lowerhex(MD5(RequestData + AppKey))))}. The urlencode is the
 * form encoding of the field, undone by the form decoding, so the decoded field is compared with
 * {@code base64(lowerhex(...))}: base64 of the 32 hex characters, not of the 16 digest bytes.</li>
 * </ul>
 * Compared with {@link MessageDigest#isEqual} (constant time). Neither scheme signs a timestamp: replays are
 * recognised by de-duplication of the updates they carry, not here.
 */
public final class FeedSignature {

    private final Scheme scheme;
    private final byte[] key;

    public enum Scheme { KUAIDI100, KDNIAO }

    private FeedSignature(Scheme scheme, String key) {
        if (key == null || key.isEmpty()) {
            throw new IllegalArgumentException(scheme + " signing key is required");
        }
        this.scheme = scheme;
        this.key = key.getBytes(StandardCharsets.UTF_8);
    }

    public static FeedSignature kuaidi100(String salt) {
        return new FeedSignature(Scheme.KUAIDI100, salt);
    }

    public static FeedSignature kdniao(String appKey) {
        return new FeedSignature(Scheme.KDNIAO, appKey);
    }

    /** The signature of {@code signedText} as the courier sends it (after form decoding). */
    public String sign(String signedText) {
        byte[] digest = md5(signedText);
        return switch (scheme) {
            case KUAIDI100 -> HexFormat.of().withUpperCase().formatHex(digest);
            case KDNIAO -> Base64.getEncoder().encodeToString(
                    HexFormat.of().formatHex(digest).getBytes(StandardCharsets.US_ASCII));
        };
    }

    public boolean verify(String signedText, String given) {
        if (signedText == null || given == null) {
            return false;
        }
        return MessageDigest.isEqual(sign(signedText).getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8));
    }

    private byte[] md5(String text) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            md5.update(text.getBytes(StandardCharsets.UTF_8));
            return md5.digest(key);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every JDK", e);
        }
    }
}
