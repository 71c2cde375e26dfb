package com.refundpilot.sandbox.platform.jd;

import static org.assertj.core.api.Assertions.assertThat;

import com.refundpilot.sandbox.Http;
import com.refundpilot.sandbox.Http.Answer;
import com.refundpilot.sandbox.SandboxIntegrationTest;
import com.refundpilot.sandbox.StubReceiver.Received;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Helpers of the JD platform's tests: play the buyer on its control paths, call {@code /routerjson} signed as a JOS
 * client signs (computed here, independently of the sandbox's signer), read the batches it pushed.
 */
abstract class JdTestSupport extends SandboxIntegrationTest {

    static final String CONTROL = "/sandbox/platforms/jd";
    static final String JD_WEBHOOK = "/webhooks/jd";
    static final String SECRET = "sandbox-secret";
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Shanghai"));
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static String refundJson(String refundId, String type, long amountFen, String extra) {
        return """
                {"shopId":"shop-1","orderId":"T-%s","refundId":"%s","type":"%s","reason":"不想要了",
                 "amountFen":%d,"quantity":1,"orderPaidFen":59900,"orderQuantity":1,"sku":"SHOE-BLK-42",
                 "buyerNick":"jd_buyer_1","deadlineIn":"PT48H"%s}""".formatted(refundId, refundId, type, amountFen,
                extra);
    }

    String openRefund(String type, long amountFen) {
        String refundId = unique("JD");
        Answer created = http.postJson(CONTROL + "/refunds", refundJson(refundId, type, amountFen, ""));
        assertThat(created.status()).as(String.valueOf(created.json())).isEqualTo(201);
        return refundId;
    }

    String openRefund() {
        return openRefund("REFUND_ONLY", 59900);
    }

    Answer control(String refundId, String action, String json) {
        return http.postJson(CONTROL + "/refunds/" + refundId + "/" + action, json);
    }

    JsonNode oracle(String refundId) {
        return http.get(CONTROL + "/refunds/" + refundId).json();
    }

    static String time(Instant instant) {
        return TIME.format(instant);
    }

    /** A signed router call of the shop {@code shop-1}. */
    JsonNode call(String method, Map<String, Object> params) {
        return call(method, params, "shop-1", Map.of());
    }

    /** {@code overrides}: system parameters replaced (or, mapped to null, removed) after signing. */
    JsonNode call(String method, Map<String, Object> params, String token, Map<String, String> overrides) {
        Map<String, String> system = new LinkedHashMap<>();
        system.put("method", method);
        system.put("app_key", "sandbox-app");
        system.put("access_token", token);
        system.put("timestamp", time(CLOCK.instant()));
        system.put("v", "2.0");
        system.put("360buy_param_json", JSON.writeValueAsString(params));
        system.put("sign", sign(system));
        overrides.forEach((k, v) -> {
            if (v == null) {
                system.remove(k);
            } else {
                system.put(k, v);
            }
        });
        Answer answer = http.postForm("/routerjson", system);
        assertThat(answer.status()).isEqualTo(200);
        return answer.json();
    }

    /** The ASC-style {@code result} of a method's answer. */
    static JsonNode result(JsonNode answer, String method) {
        return answer.get(method.replace('.', '_') + "_responce").get("result");
    }

    static JsonNode replyResult(JsonNode answer) {
        return answer.get("jingdong_pop_afs_soa_refundapply_replyRefund_responce").get("replyResult");
    }

    JsonNode view(String serviceId) {
        JsonNode result = result(call("jingdong.asc.query.view", Map.of("serviceId", serviceId)),
                "jingdong.asc.query.view");
        assertThat(result.get("success").asBoolean()).as(result.toString()).isTrue();
        return result.get("data");
    }

    static void assertFailure(JsonNode result, String code) {
        assertThat(result.get("success").asBoolean()).as(result.toString()).isFalse();
        assertThat(result.get("errorCode").asString()).isEqualTo(code);
        assertThat(result.get("errorMsg").asString()).isNotBlank();
    }

    static void assertError(JsonNode answer, String code, String mentions) {
        JsonNode error = answer.get("error_response");
        assertThat(error).as(answer.toString()).isNotNull();
        assertThat(error.get("code").asString()).isEqualTo(code);
        assertThat(error.get("zh_desc").asString() + " " + error.get("en_desc").asString()).contains(mentions);
    }

    /** {@code UPPER(HEX(MD5(secret + sorted k+v + secret)))}, empty values skipped. */
    static String sign(Map<String, String> params) {
        StringBuilder text = new StringBuilder(SECRET);
        new TreeMap<>(params).forEach((k, v) -> {
            if (!k.equals("sign") && v != null && !v.isEmpty()) {
                text.append(k).append(v);
            }
        });
        text.append(SECRET);
        return md5(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The push signature: the pairs app_key, body (raw bytes), timestamp between the secret twice. */
    static String pushSign(String appKey, String timestamp, byte[] body) {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        text.writeBytes((SECRET + "app_key" + appKey + "body").getBytes(StandardCharsets.UTF_8));
        text.writeBytes(body);
        text.writeBytes(("timestamp" + timestamp + SECRET).getBytes(StandardCharsets.UTF_8));
        return md5(text.toByteArray());
    }

    private static String md5(byte[] bytes) {
        try {
            return HexFormat.of().withUpperCase().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** One pushed message, its batch's raw delivery, and its content parsed. */
    record Pushed(Received delivery, JsonNode message, JsonNode content) {

        String topic() {
            return message.get("topic").asString();
        }
    }

    /** Every message pushed to the JD webhook about the ID (a service bill's or a complaint's), oldest first. */
    List<Pushed> pushesAbout(String id) {
        return STUB.receivedOn(JD_WEBHOOK, id).stream().flatMap(r -> {
            JsonNode batch = Http.parse(r.text());
            return java.util.stream.StreamSupport.stream(batch.get("messages").spliterator(), false)
                    .map(m -> new Pushed(r, m, Http.parse(m.get("content").asString())));
        }).filter(p -> id.equals(p.content().path("serviceId").asString(null))
                || id.equals(p.content().path("complaintId").asString(null))).toList();
    }

    List<Pushed> pushes(String id, String topic) {
        return pushesAbout(id).stream().filter(p -> p.topic().equals(topic)).toList();
    }

    static void assertSigned(Received push) {
        assertThat(push.header("X-Jd-App-Key")).isEqualTo("sandbox-app");
        String timestamp = push.header("X-Jd-Timestamp");
        assertThat(timestamp).isEqualTo(time(CLOCK.instant()));
        assertThat(push.header("X-Jd-Sign")).isEqualTo(pushSign("sandbox-app", timestamp, push.body()));
        assertThat(push.header("Content-Type")).isEqualToIgnoringWhitespace("application/json;charset=utf-8");
    }
}
