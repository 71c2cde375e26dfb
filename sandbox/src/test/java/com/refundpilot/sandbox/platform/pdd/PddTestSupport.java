package com.refundpilot.sandbox.platform.pdd;

import static org.assertj.core.api.Assertions.assertThat;

import com.refundpilot.sandbox.Http;
import com.refundpilot.sandbox.Http.Answer;
import com.refundpilot.sandbox.SandboxIntegrationTest;
import com.refundpilot.sandbox.StubReceiver.Received;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/** Helpers of the Pinduoduo tests: play the buyer on its control paths, call its router, read its message frames. */
abstract class PddTestSupport extends SandboxIntegrationTest {

    static final String REFUNDS = "/sandbox/platforms/pinduoduo/refunds/";
    static final String PDD_WEBHOOK = "/webhooks/pinduoduo";
    static final String SECRET = "sandbox-secret";

    static String refundJson(String refundId, String type, long amountFen, String deadlineIn, String extra) {
        return """
                {"shopId":"shop-1","orderId":"T-%s","refundId":"%s","type":"%s","reason":"不想要了",
                 "amountFen":%d,"quantity":1,"orderPaidFen":59900,"orderQuantity":1,"sku":"SHOE-BLK-42",
                 "buyerNick":"pdd_buyer_1","deadlineIn":"%s"%s}""".formatted(refundId, refundId, type, amountFen,
                deadlineIn, extra);
    }

    String openRefund(String type, long amountFen) {
        String refundId = unique("P");
        Answer created = http.postJson("/sandbox/platforms/pinduoduo/refunds",
                refundJson(refundId, type, amountFen, "PT72H", ""));
        assertThat(created.status()).isEqualTo(201);
        return refundId;
    }

    Answer control(String refundId, String action, String json) {
        return http.postJson(REFUNDS + refundId + "/" + action, json);
    }

    JsonNode oracle(String refundId) {
        return http.get(REFUNDS + refundId).json();
    }

    /** A signed router call as the merchant makes it, for shop-1; {@code params} are the method's own. */
    Answer call(String type, Map<String, String> params) {
        Map<String, String> all = publicParams(type);
        all.putAll(params);
        all.put("sign", sign(all));
        return http.postForm("/pdd/api/router", all);
    }

    /** The method's parameters plus the after-sale's ID and its order, as every after-sale call names them. */
    Answer callOn(String type, String refundId, Map<String, String> params) {
        Map<String, String> all = new LinkedHashMap<>(params);
        all.put("after_sales_id", refundId);
        all.put("order_sn", "T-" + refundId);
        return call(type, all);
    }

    JsonNode detail(String refundId) {
        JsonNode answer = callOn("pdd.refund.information.get", refundId, Map.of()).json();
        assertThat(answer.has("refund_information_get_response")).as(answer.toString()).isTrue();
        return answer.get("refund_information_get_response");
    }

    static Map<String, String> publicParams(String type) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("type", type);
        all.put("client_id", "sandbox-app");
        all.put("access_token", "shop-1");
        all.put("timestamp", Long.toString(CLOCK.instant().getEpochSecond()));
        all.put("data_type", "JSON");
        all.put("version", "V1");
        return all;
    }

    /** Computed here, independently of the sandbox: UPPER(MD5(secret + sorted k+v + secret)). */
    static String sign(Map<String, String> params) {
        StringBuilder text = new StringBuilder(SECRET);
        new TreeMap<>(params).forEach((k, v) -> {
            if (!k.equals("sign") && !v.isEmpty()) {
                text.append(k).append(v);
            }
        });
        return md5(text.append(SECRET).toString().getBytes(StandardCharsets.UTF_8));
    }

    static String md5(byte[] bytes) {
        try {
            return HexFormat.of().withUpperCase().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every frame the merchant's PDD webhook received about the ID, oldest first. */
    List<Received> framesAbout(String id) {
        return STUB.receivedOn(PDD_WEBHOOK, id);
    }

    /** The frames of one message type about the ID, parsed. */
    List<JsonNode> frames(String id, String type) {
        return framesAbout(id).stream().map(Received::text).map(Http::parse)
                .filter(f -> f.get("message").get("type").asString().equals(type)).toList();
    }

    static JsonNode content(JsonNode frame) {
        return Http.parse(frame.get("message").get("content").asString());
    }

    /** The push is signed over the exact bytes: UPPER(MD5(secret + timestamp + body + secret)). */
    static void assertSignedPush(Received push) {
        assertThat(push.header("X-Pdd-Client-Id")).isEqualTo("sandbox-app");
        String timestamp = push.header("X-Pdd-Timestamp");
        assertThat(timestamp).isEqualTo(Long.toString(CLOCK.millis()));
        byte[] head = (SECRET + timestamp).getBytes(StandardCharsets.UTF_8);
        byte[] tail = SECRET.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + push.body().length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(push.body(), 0, all, head.length, push.body().length);
        System.arraycopy(tail, 0, all, head.length + push.body().length, tail.length);
        assertThat(push.header("X-Pdd-Sign")).isEqualTo(md5(all));
    }

    static JsonNode response(Answer answer) {
        assertThat(answer.json().has("response")).as(answer.json().toString()).isTrue();
        return answer.json().get("response");
    }

    static void assertRefused(Answer answer, int code) {
        JsonNode response = response(answer);
        assertThat(response.get("success").asBoolean()).isFalse();
        assertThat(response.get("error_code").asInt()).as(response.toString()).isEqualTo(code);
        assertThat(response.get("result").get("succ").asBoolean()).isFalse();
    }

    static void assertSucceeded(Answer answer) {
        JsonNode response = response(answer);
        assertThat(response.get("success").asBoolean()).as(response.toString()).isTrue();
        assertThat(response.get("error_code").asInt()).isZero();
        assertThat(response.get("result").get("succ").asBoolean()).isTrue();
    }

    static void assertError(Answer answer, int code, String subCode) {
        assertThat(answer.status()).isEqualTo(200);
        JsonNode error = answer.json().get("error_response");
        assertThat(error).as(String.valueOf(answer.json())).isNotNull();
        assertThat(error.get("error_code").asInt()).isEqualTo(code);
        if (subCode != null) {
            assertThat(error.get("sub_code").asString()).isEqualTo(subCode);
        }
    }
}
