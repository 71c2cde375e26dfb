package com.refundpilot.platform.domain.wechat;

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
 * WeChat's secure-mode push crypto (WXBizMsgCrypt), plain JDK: {@code msg_signature = hex(SHA1(sort(token,
 * timestamp, nonce, Encrypt)))}, compared in constant time; {@code Encrypt} = Base64(AES-256-CBC(PKCS#7 to 32-byte
 * blocks of random(16) ‖ msg_len(4) ‖ msg ‖ appid)), key = Base64(EncodingAESKey + "="), IV = its first 16 bytes.
 * The app ID at the end must be ours: a ciphertext made for another app is not a push for us.
 */
public final class WechatCrypto {

    private static final int BLOCK = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The ciphertext does not open with our key, or was not made for our app. */
    public static final class Undecryptable extends RuntimeException {
        Undecryptable(String message) {
            super(message);
        }
    }

    private final byte[] token;
    private final byte[] key;
    private final byte[] appId;

    public WechatCrypto(String token, String encodingAesKey, String appId) {
        this.token = token.getBytes(StandardCharsets.UTF_8);
        this.key = Base64.getDecoder().decode(encodingAesKey + "=");
        if (key.length != 32) {
            throw new IllegalArgumentException("an EncodingAESKey is 43 characters (32 bytes), was " + key.length);
        }
        this.appId = appId.getBytes(StandardCharsets.UTF_8);
    }

    public String msgSignature(String timestamp, String nonce, String encrypt) {
        String[] parts = {new String(token, StandardCharsets.UTF_8), timestamp, nonce, encrypt};
        Arrays.sort(parts);
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            return HexFormat.of().formatHex(sha1.digest(String.join("", parts).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-1 unavailable", e);
        }
    }

    /** Constant time, so a forger cannot find the signature byte by byte. */
    public boolean signatureMatches(String timestamp, String nonce, String encrypt, String given) {
        byte[] expected = msgSignature(timestamp, nonce, encrypt).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given.trim().toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }

    public byte[] decrypt(String encrypt) {
        byte[] cipherText;
        try {
            cipherText = Base64.getDecoder().decode(encrypt);
        } catch (IllegalArgumentException e) {
            throw new Undecryptable("Encrypt is not Base64");
        }
        if (cipherText.length == 0 || cipherText.length % BLOCK != 0) {
            throw new Undecryptable("Encrypt is not a whole number of 32-byte blocks");
        }
        byte[] padded;
        try {
            Cipher aes = Cipher.getInstance("AES/CBC/NoPadding");
            aes.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(Arrays.copyOf(key, 16)));
            padded = aes.doFinal(cipherText);
        } catch (GeneralSecurityException e) {
            throw new Undecryptable("Encrypt does not decrypt: " + e.getClass().getSimpleName());
        }
        int pad = padded[padded.length - 1] & 0xff;
        if (pad < 1 || pad > BLOCK || padded.length - pad < 20) {
            throw new Undecryptable("Encrypt has no valid PKCS#7 padding");
        }
        byte[] plain = Arrays.copyOf(padded, padded.length - pad);
        int length = ByteBuffer.wrap(plain, 16, 4).getInt();
        if (length < 0 || 20 + length > plain.length) {
            throw new Undecryptable("Encrypt has an impossible message length");
        }
        byte[] trailer = Arrays.copyOfRange(plain, 20 + length, plain.length);
        if (!MessageDigest.isEqual(trailer, appId)) {
            throw new Undecryptable("Encrypt was made for another app");
        }
        return Arrays.copyOfRange(plain, 20, 20 + length);
    }

    /** The platform's side (tests and tools): a fresh random prefix each time. */
    public String encrypt(byte[] message) {
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        ByteBuffer plain = ByteBuffer.allocate(20 + message.length + appId.length);
        plain.put(random).putInt(message.length).put(message).put(appId);
        byte[] bytes = plain.array();
        int padding = BLOCK - bytes.length % BLOCK;
        byte[] padded = Arrays.copyOf(bytes, bytes.length + padding);
        Arrays.fill(padded, bytes.length, padded.length, (byte) padding);
        try {
            Cipher aes = Cipher.getInstance("AES/CBC/NoPadding");
            aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(Arrays.copyOf(key, 16)));
            return Base64.getEncoder().encodeToString(aes.doFinal(padded));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES unavailable", e);
        }
    }
}
