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
import tools.jackson.databind.JsonNode;

/** Helpers of the generic platform's tests: play the buyer on its control paths, read the events it pushed. */
abstract class GenericTestSupport extends SandboxIntegrationTest {

    static final String REFUNDS = "/sandbox/platforms/generic/refunds/";
    static final String COMPLAINTS = "/sandbox/platforms/generic/complaints/";
    static final String GENERIC_WEBHOOK = "/webhooks/generic";
    static final String SECRET = "sandbox-secret";

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
