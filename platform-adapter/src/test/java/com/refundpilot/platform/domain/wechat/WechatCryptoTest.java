package com.refundpilot.platform.domain.wechat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** WXBizMsgCrypt in JDK crypto: the signature over the sorted strings, and what does not decrypt for us. */
class WechatCryptoTest {

    private static final String KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
    private final WechatCrypto crypto = new WechatCrypto("sandbox-token", KEY, "wxsandbox0000001");

    @Test
    void theSignatureSortsAndHashesAsWechatsOwnExample() {
        // developers.weixin.qq.com (消息推送): token AAAAA, timestamp 1714036504, nonce 1514711492 →
        // f464b24f…; an empty Encrypt sorts first and adds nothing, so the four-part scheme gives the same.
        WechatCrypto example = new WechatCrypto("AAAAA", KEY, "wx");
        assertThat(example.msgSignature("1714036504", "1514711492", ""))
                .isEqualTo("f464b24fc39322e44b38aa78f5edd27bd1441696");
        String signed = crypto.msgSignature("1700000000", "42", "cipher");
        assertThat(crypto.signatureMatches("1700000000", "42", "cipher", signed.toUpperCase())).isTrue();
        assertThat(crypto.signatureMatches("1700000001", "42", "cipher", signed)).isFalse();
        assertThat(crypto.signatureMatches("1700000000", "42", "cipher2", signed)).isFalse();
    }

    @Test
    void whatIsEncryptedForUsDecryptsAndPadsTo32ByteBlocks() {
        byte[] message = "{\"Event\":\"channels_ec_aftersale_update\",\"text\":\"中文\"}".getBytes(StandardCharsets.UTF_8);
        String encrypt = crypto.encrypt(message);
        assertThat(Base64.getDecoder().decode(encrypt).length % 32).isZero();
        assertThat(crypto.decrypt(encrypt)).isEqualTo(message);
        assertThat(crypto.encrypt(message)).as("a fresh random prefix").isNotEqualTo(encrypt);
    }

    @Test
    void anotherAppsOrAnotherKeysCiphertextAndGarbageDoNotDecrypt() {
        byte[] message = "{}".getBytes(StandardCharsets.UTF_8);
        String otherApp = new WechatCrypto("sandbox-token", KEY, "wx-another-app").encrypt(message);
        assertThatThrownBy(() -> crypto.decrypt(otherApp)).isInstanceOf(WechatCrypto.Undecryptable.class)
                .hasMessageContaining("another app");
        String otherKey = new WechatCrypto("sandbox-token", "ZYXWVUTSRQPONMLKJIHGFEDCBA9876543210zyxwvut",
                "wxsandbox0000001").encrypt(message);
        assertThatThrownBy(() -> crypto.decrypt(otherKey)).isInstanceOf(WechatCrypto.Undecryptable.class);
        assertThatThrownBy(() -> crypto.decrypt("not base64 !")).isInstanceOf(WechatCrypto.Undecryptable.class);
        assertThatThrownBy(() -> crypto.decrypt(Base64.getEncoder().encodeToString(new byte[20])))
                .isInstanceOf(WechatCrypto.Undecryptable.class);
    }
}
