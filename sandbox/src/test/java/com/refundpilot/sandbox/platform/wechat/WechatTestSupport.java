package com.refundpilot.sandbox.platform.wechat;

import static org.assertj.core.api.Assertions.assertThat;

import com.refundpilot.sandbox.Http;
import com.refundpilot.sandbox.Http.Answer;
import com.refundpilot.sandbox.SandboxIntegrationTest;
import com.refundpilot.sandbox.StubReceiver.Received;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.JsonNode;

/**
 * Helpers of the WeChat platform's tests: play the buyer on its control paths, read (verify and decrypt, with an
 * implementation of this test's own) the events it pushed, call its open API with an access token.
 */
abstract class WechatTestSupport extends SandboxIntegrationTest {

    static final String CONTROL = "/sandbox/platforms/wechat-channels";
    static final String REFUNDS = CONTROL + "/refunds/";
    static final String WEBHOOK = "/webhooks/wechat-channels";
    static final String TOKEN = "sandbox-token";
    static final String AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
    static final String APP_ID = "wxsandbox0000001";

    /** One decrypted push: its query parameters, the outer body and the plaintext event. */
    record Push(Map<String, String> query, JsonNode outer, JsonNode event) {
    }

    static String refundJson(String refundId, String type, long amountFen, String deadlineIn, String extra) {
        return """
                {"shopId":"shop-w","orderId":"T-%s","refundId":"%s","type":"%s","reason":"不想要了",
                 "amountFen":%d,"quantity":1,"orderPaidFen":59900,"orderQuantity":2,"sku":"SHOE-BLK-42",
                 "buyerNick":"buyer_1","deadlineIn":"%s"%s}""".formatted(refundId, refundId, type, amountFen,
                deadlineIn, extra);
    }

    String openRefund(String type, long amountFen, String deadlineIn) {
        String refundId = unique("W");
        Answer created = http.postJson(CONTROL + "/refunds", refundJson(refundId, type, amountFen, deadlineIn, ""));
        assertThat(created.status()).isEqualTo(201);
        return refundId;
    }

    String openRefund() {
        return openRefund("REFUND_ONLY", 59900, "PT72H");
    }

    Answer control(String refundId, String action, String json) {
        return http.postJson(REFUNDS + refundId + "/" + action, json);
    }

    JsonNode oracle(String refundId) {
        return http.get(REFUNDS + refundId).json();
    }

    /** Every push the WeChat webhook received about the ID (in its plaintext), oldest first, decrypted. */
    List<Push> pushesAbout(String id) {
        return STUB.receivedOn(WEBHOOK, "").stream().map(WechatTestSupport::open)
                .filter(p -> p.event().toString().contains("\"" + id + "\"")).toList();
    }

    List<Push> pushesAbout(String id, String event) {
        return pushesAbout(id).stream().filter(p -> p.event().get("Event").asString().equals(event)).toList();
    }

    /** Verifies msg_signature over the received ciphertext, then decrypts it (checking the appid trailer). */
    static Push open(Received received) {
        Map<String, String> query = query(received.query());
        JsonNode outer = Http.parse(received.text());
        String encrypt = outer.get("Encrypt").asString();
        assertThat(query.get("msg_signature")).isEqualTo(sha1(TOKEN, query.get("timestamp"), query.get("nonce"),
                encrypt));
        assertThat(query.get("encrypt_type")).isEqualTo("aes");
        return new Push(query, outer, Http.parse(decrypt(encrypt)));
    }

    static String sha1(String... parts) {
        String[] sorted = parts.clone();
        Arrays.sort(sorted);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1")
                    .digest(String.join("", sorted).getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String decrypt(String encrypt) {
        try {
            byte[] key = Base64.getDecoder().decode(AES_KEY + "=");
            Cipher aes = Cipher.getInstance("AES/CBC/NoPadding");
            aes.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(Arrays.copyOf(key, 16)));
            byte[] padded = aes.doFinal(Base64.getDecoder().decode(encrypt));
            int pad = padded[padded.length - 1];
            assertThat(pad).as("PKCS#7 to 32-byte blocks").isBetween(1, 32);
            assertThat(padded.length % 32).isZero();
            byte[] plain = Arrays.copyOf(padded, padded.length - pad);
            int length = ByteBuffer.wrap(plain, 16, 4).getInt();
            String appId = new String(plain, 20 + length, plain.length - 20 - length, StandardCharsets.UTF_8);
            assertThat(appId).isEqualTo(APP_ID);
            return new String(plain, 20, length, StandardCharsets.UTF_8);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new LinkedHashMap<>();
        for (String pair : raw.split("&")) {
            String[] kv = pair.split("=", 2);
            query.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return query;
    }

    String accessToken() {
        Answer token = http.get("/cgi-bin/token?grant_type=client_credential&appid=" + APP_ID + "&secret=sandbox-secret");
        assertThat(token.json().get("expires_in").asLong()).isEqualTo(7200);
        return token.json().get("access_token").asString();
    }

    /** A WeChat API call with a fresh token. */
    JsonNode api(String path, String json) {
        return api(path, json, accessToken());
    }

    JsonNode api(String path, String json, String token) {
        Answer answer = http.postJson(path + "?access_token=" + token, json);
        assertThat(answer.status()).as("WeChat answers HTTP 200, refusals included").isEqualTo(200);
        assertThat(answer.isProblem()).isFalse();
        return answer.json();
    }

    static void assertOk(JsonNode answer) {
        assertThat(answer.get("errcode").asInt()).as(answer.toString()).isZero();
    }

    static void assertRefused(JsonNode answer, int errcode) {
        assertThat(answer.get("errcode").asInt()).as(answer.toString()).isEqualTo(errcode);
        assertThat(answer.get("errmsg").asString()).isNotBlank();
    }

    JsonNode afterSale(String refundId) {
        JsonNode answer = api("/channels/ec/aftersale/getaftersaleorder", "{\"after_sale_order_id\":\"" + refundId
                + "\"}");
        assertOk(answer);
        return answer.get("after_sale_order");
    }
}
