package com.refundpilot.sandbox.platform.wechat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The platform's side of WeChat's secure-mode pushes (WXBizMsgCrypt), in plain JDK crypto: the plaintext is
 * {@code random(16) + msg_len(4, big-endian) + msg + appid}, PKCS#7-padded to 32-byte blocks, AES-256-CBC with the
 * key {@code Base64(EncodingAESKey + "=")} and the IV its first 16 bytes; {@code msg_signature} is the SHA-1 of the
 * sorted token, timestamp, nonce and ciphertext.
 */
final class WechatCrypto {

    private static final int BLOCK = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] key;
    private final String token;
    private final byte[] appId;

    WechatCrypto(String token, String encodingAesKey, String appId) {
        this.token = token;
        this.key = Base64.getDecoder().decode(encodingAesKey + "=");
        if (key.length != 32) {
            throw new IllegalArgumentException("an EncodingAESKey is 43 characters (32 bytes), was " + key.length);
        }
        this.appId = appId.getBytes(StandardCharsets.UTF_8);
    }

    /** A fresh ciphertext each time (new random prefix): a redelivery differs on the wire, not in the plaintext. */
    String encrypt(byte[] message) {
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        ByteBuffer plain = ByteBuffer.allocate(16 + 4 + message.length + appId.length);
        plain.put(random).putInt(message.length).put(message).put(appId);
        byte[] padded = pad(plain.array());
        try {
            Cipher aes = Cipher.getInstance("AES/CBC/NoPadding");
            aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(Arrays.copyOf(key, 16)));
            return Base64.getEncoder().encodeToString(aes.doFinal(padded));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES unavailable", e);
        }
    }

    String msgSignature(String timestamp, String nonce, String encrypt) {
        return sha1(token, timestamp, nonce, encrypt);
    }

    /** The {@code signature} parameter: the same over token, timestamp and nonce only (it covers no body). */
    String signature(String timestamp, String nonce) {
        return sha1(token, timestamp, nonce);
    }

    private static String sha1(String... parts) {
        String[] sorted = parts.clone();
        Arrays.sort(sorted);
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            return HexFormat.of().formatHex(sha1.digest(String.join("", sorted).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-1 unavailable", e);
        }
    }

    private static byte[] pad(byte[] plain) {
        int padding = BLOCK - plain.length % BLOCK;
        byte[] padded = Arrays.copyOf(plain, plain.length + padding);
        Arrays.fill(padded, plain.length, padded.length, (byte) padding);
        return padded;
    }
}
