package com.refundpilot.sandbox.platform.generic;

import static org.assertj.core.api.Assertions.assertThat;

import com.refundpilot.sandbox.Http;
import com.refundpilot.sandbox.Http.Answer;
import com.refundpilot.sandbox.SandboxIntegrationTest;
import com.refundpilot.sandbox.StubReceiver.Received;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/** Helpers of the generic platform's tests: play the buyer on its control paths, read the events it pushed. */
abstract class GenericTestSupport extends SandboxIntegrationTest {

    static final String REFUNDS = "/sandbox/platforms/generic/refunds/";
    static final String COMPLAINTS = "/sandbox/platforms/generic/complaints/";
    static final String GENERIC_WEBHOOK = "/webhooks/generic";
    static final String SECRET = "sandbox-secret";
    static final String API = "/generic/v1";

    @LocalServerPort
    int serverPort;

    static String refundJson(String refundId, String type, long amountFen, String deadlineIn, String extra) {
        return """
                {"shopId":"shop-1","orderId":"T-%s","refundId":"%s","type":"%s","reason":"不想要了",
                 "amountFen":%d,"quantity":1,"orderPaidFen":59900,"orderQuantity":1,"sku":"SHOE-BLK-42",
                 "buyerNick":"buyer_1","deadlineIn":"%s"%s}""".formatted(refundId, refundId, type, amountFen,
                deadlineIn, extra);
    }

    String openRefund(String type, long amountFen, String deadlineIn) {
        String refundId = unique("G");
        Answer created = http.postJson("/sandbox/platforms/generic/refunds", refundJson(refundId, type, amountFen, deadlineIn, ""));
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

    /** Every push the merchant's generic webhook received about the ID, oldest first. */
    List<Received> pushesAbout(String id) {
        return STUB.receivedOn(GENERIC_WEBHOOK, "\"" + id + "\"");
    }

    /** The pushed events about the ID of one type, parsed. */
    List<JsonNode> events(String id, String type) {
        return pushesAbout(id).stream().map(Received::text).map(Http::parse)
                .filter(e -> e.get("type").asString().equals(type)).toList();
    }

    JsonNode onlyEvent(String id, String type) {
        List<JsonNode> events = events(id, type);
        assertThat(events).as("events " + type + " about " + id).hasSize(1);
        return events.get(0);
    }

    /** A signed read of the generic open API, as the merchant makes it. */
    Answer apiGet(String path) {
        return api(HttpMethod.GET, path, "", Long.toString(CLOCK.millis()), null);
    }

    /** A signed action of the generic open API. */
    Answer apiPost(String path, String json) {
        return api(HttpMethod.POST, path, json, Long.toString(CLOCK.millis()), null);
    }

    /** {@code signatureOverride}: sent instead of the right signature (null: the right one). */
    Answer api(HttpMethod method, String path, String json, String timestamp, String signatureOverride) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        RestClient.RequestBodySpec spec = RestClient.create("http://localhost:" + serverPort).method(method)
                .uri(API + path)
                .header("X-RP-App-Key", "sandbox-app")
                .header("X-RP-Timestamp", timestamp)
                .header("X-RP-Signature", signatureOverride != null ? signatureOverride : signature(timestamp, body));
        if (method == HttpMethod.POST) {
            spec = spec.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return spec.exchange((request, response) -> {
            byte[] answer = response.getBody().readAllBytes();
            return new Answer(response.getStatusCode().value(), response.getHeaders().getContentType(),
                    answer.length == 0 ? null : Http.parse(new String(answer, StandardCharsets.UTF_8)));
        });
    }

    /** A 4xx of the generic API: its status and code, as JSON (not problem+json). */
    static void assertRefused(Answer answer, int status, String code) {
        assertThat(answer.status()).as(String.valueOf(answer.json())).isEqualTo(status);
        assertThat(answer.isProblem()).isFalse();
        assertThat(answer.json().get("code").asString()).isEqualTo(code);
        assertThat(answer.json().get("message").asString()).isNotBlank();
    }

    /** Computed here, independently of the sandbox's signer: v1= + hex(HMAC-SHA256(secret, ts + "." + body)). */
    static String signature(String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return "v1=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static void assertSignedPush(Received push) {
        assertThat(push.header("X-RP-App-Key")).isEqualTo("sandbox-app");
        String timestamp = push.header("X-RP-Timestamp");
        assertThat(timestamp).isEqualTo(Long.toString(CLOCK.millis()));
        assertThat(push.header("X-RP-Signature")).isEqualTo(signature(timestamp, push.body()));
        assertThat(push.header("Content-Type")).isEqualToIgnoringWhitespace("application/json;charset=utf-8");
    }
}
