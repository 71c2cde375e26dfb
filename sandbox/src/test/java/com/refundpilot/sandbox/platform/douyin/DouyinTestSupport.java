package com.refundpilot.sandbox.platform.douyin;

import static org.assertj.core.api.Assertions.assertThat;

import com.refundpilot.sandbox.Http;
import com.refundpilot.sandbox.Http.Answer;
import com.refundpilot.sandbox.SandboxIntegrationTest;
import com.refundpilot.sandbox.StubReceiver.Received;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/**
 * Helpers of the Douyin platform's tests: play the buyer on its control paths, call its open API signed as a merchant
 * would (the signatures computed here, independently of the sandbox's signer), and read the batches it pushed.
 */
abstract class DouyinTestSupport extends SandboxIntegrationTest {

    static final String REFUNDS = "/sandbox/platforms/douyin/refunds/";
    static final String COMPLAINTS = "/sandbox/platforms/douyin/complaints/";
    static final String WEBHOOK = "/webhooks/douyin";
    static final String KEY = "sandbox-app";
    static final String SECRET = "sandbox-secret";

    @LocalServerPort
    int serverPort;

    static String refundJson(String refundId, String shopId, String type, long amountFen, String deadlineIn) {
        return """
                {"shopId":"%s","orderId":"T-%s","refundId":"%s","type":"%s","reason":"不想要了",
                 "amountFen":%d,"quantity":1,"orderPaidFen":59900,"orderQuantity":1,"sku":"SHOE-BLK-42",
                 "buyerNick":"dy_buyer","deadlineIn":"%s"}""".formatted(shopId, refundId, refundId, type, amountFen,
                deadlineIn);
    }

    String openRefund(String type) {
        String refundId = unique("DY");
        Answer created = http.postJson("/sandbox/platforms/douyin/refunds",
                refundJson(refundId, "shop-1", type, 59900, "PT72H"));
        assertThat(created.status()).as(String.valueOf(created.json())).isEqualTo(201);
        return refundId;
    }

    Answer control(String refundId, String action, String json) {
        return http.postJson(REFUNDS + refundId + "/" + action, json);
    }

    JsonNode oracle(String refundId) {
        return http.get(REFUNDS + refundId).json();
    }

    /** Every batch the merchant's Douyin webhook received that mentions the ID, oldest first. */
    List<Received> batchesAbout(String id) {
        return STUB.receivedOn(WEBHOOK, id);
    }

    /** The messages of those batches, in order, each with its {@code data} parsed. */
    List<Message> messagesAbout(String id) {
        List<Message> all = new ArrayList<>();
        for (Received batch : batchesAbout(id)) {
            for (JsonNode message : Http.parse(batch.text())) {
                all.add(new Message(message.get("tag").asString(), message.get("msg_id").asString(),
                        Http.parse(message.get("data").asString())));
            }
        }
        return all;
    }

    record Message(String tag, String msgId, JsonNode data) {
    }

    List<Message> messages(String id, String tag) {
        return messagesAbout(id).stream().filter(m -> m.tag().equals(tag)).toList();
    }

    /** The Douyin detail's {@code after_sale_info}. */
    JsonNode info(String refundId) {
        Answer detail = api("afterSale/Detail", "{\"after_sale_id\":\"" + refundId + "\"}");
        assertSuccess(detail);
        return detail.json().get("data").get("process_info").get("after_sale_info");
    }

    long updateTime(String refundId) {
        return info(refundId).get("update_time").asLong();
    }

    /** A signed call of the shop-1 merchant. */
    Answer api(String path, String paramJson) {
        return api(path, paramJson, "shop-1", Long.toString(CLOCK.instant().getEpochSecond()), SECRET, KEY);
    }

    Answer api(String path, String paramJson, String token, String timestamp, String secret, String appKey) {
        String method = path.replace('/', '.');
        String sign = sign(secret, appKey, method, paramJson, timestamp);
        String query = "app_key=" + appKey + "&method=" + method + "&access_token=" + token + "&timestamp=" + timestamp
                + "&v=2&sign_method=hmac-sha256&sign=" + sign;
        return RestClient.create("http://localhost:" + serverPort).post().uri("/douyin/" + path + "?" + query)
                .contentType(MediaType.APPLICATION_JSON).body(paramJson.getBytes(StandardCharsets.UTF_8))
                .exchange((request, response) -> {
                    byte[] answer = response.getBody().readAllBytes();
                    return new Answer(response.getStatusCode().value(), response.getHeaders().getContentType(),
                            answer.length == 0 ? null : Http.parse(new String(answer, StandardCharsets.UTF_8)));
                });
    }

    /** lower hex HMAC-SHA256(secret, secret + app_key… + param_json + body + timestamp… + v2 + secret). */
    static String sign(String secret, String appKey, String method, String paramJson, String timestamp) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String text = secret + "app_key" + appKey + "method" + method + "param_json" + paramJson + "timestamp"
                    + timestamp + "v2" + secret;
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static void assertSuccess(Answer answer) {
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("code").asInt()).as(String.valueOf(answer.json())).isEqualTo(10000);
    }

    /** A Douyin refusal: HTTP 200, the code and sub code, a message saying why. */
    static void assertRefused(Answer answer, int code, String subCode) {
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.isProblem()).isFalse();
        assertThat(answer.json().get("code").asInt()).as(String.valueOf(answer.json())).isEqualTo(code);
        assertThat(answer.json().get("sub_code").asString()).isEqualTo(subCode);
        assertThat(answer.json().get("sub_msg").asString()).isNotBlank();
    }

    /** event-sign = lower hex MD5(app_key + body + app_secret), over the bytes received. */
    static void assertSignedBatch(Received batch) {
        assertThat(batch.header("app-id")).isEqualTo(KEY);
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            md5.update(KEY.getBytes(StandardCharsets.UTF_8));
            md5.update(batch.body());
            md5.update(SECRET.getBytes(StandardCharsets.UTF_8));
            assertThat(batch.header("event-sign")).isEqualTo(HexFormat.of().formatHex(md5.digest()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        assertThat(batch.header("Content-Type")).startsWith("application/json");
    }
}
