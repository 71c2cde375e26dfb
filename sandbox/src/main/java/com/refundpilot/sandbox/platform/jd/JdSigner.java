package com.refundpilot.sandbox.platform.jd;

import com.refundpilot.sandbox.platform.taobao.TopSigner;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * JD's signatures. API calls: {@code UPPER(HEX(MD5(secret + sorted k1v1k2v2… + secret)))} over every parameter but
 * {@code sign} — the same scheme as TOP's, so TOP's signer computes it. Pushes (a sandbox assumption in the same
 * style): the pairs {@code app_key}, {@code body} (the raw bytes), {@code timestamp}, between the secret twice.
 */
final class JdSigner {

    private JdSigner() {
    }

    static boolean verifyCall(String secret, Map<String, String> params) {
        return TopSigner.verify(secret, params);
    }

    static String signPush(String secret, String appKey, String timestamp, byte[] body) {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        text.writeBytes(secret.getBytes(StandardCharsets.UTF_8));
        text.writeBytes(("app_key" + appKey + "body").getBytes(StandardCharsets.UTF_8));
        text.writeBytes(body);
        text.writeBytes(("timestamp" + timestamp + secret).getBytes(StandardCharsets.UTF_8));
        try {
            return HexFormat.of().withUpperCase().formatHex(MessageDigest.getInstance("MD5").digest(text.toByteArray()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 unavailable", e);
        }
    }
}
