package com.refundpilot.sandbox.platform.taobao;

import static org.assertj.core.api.Assertions.assertThat;

import com.refundpilot.sandbox.Http;
import com.refundpilot.sandbox.Http.Answer;
import com.refundpilot.sandbox.SandboxIntegrationTest;
import com.refundpilot.sandbox.StubReceiver.Received;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class TaobaoControlApiTest extends SandboxIntegrationTest {

    @AfterEach
    void receiverHealthyAgain() {
        STUB.answerWith(200);
    }

    static String refundJson(String refundId, String extra) {
        return """
                {"shopId":"shop-1","orderId":"T-%s","refundId":"%s","type":"REFUND_ONLY","reason":"不想要了",
                 "amountFen":59900,"quantity":1,"orderPaidFen":59900,"orderQuantity":1,"sku":"SHOE-BLK-42",
                 "buyerNick":"tb_buyer_1","deadlineIn":"PT72H"%s}""".formatted(refundId, refundId, extra);
    }

    @Test
    void creatingARefundPushesOneCorrectlySignedRefundCreatedMessage() throws Exception {
        String refundId = unique("R");
        Answer created = http.postJson("/sandbox/platforms/taobao/refunds", refundJson(refundId, ""));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("status").asString()).isEqualTo("WAIT_SELLER_AGREE");
        assertThat(created.json().get("version").asLong()).isEqualTo(1);
        assertThat(created.json().get("deadline").asString())
                .isEqualTo(CLOCK.instant().plusSeconds(72 * 3600).toString());
        assertThat(created.json().get("pushes").toString()).isEqualTo("[200]");

        List<Received> pushes = STUB.receivedOn(WEBHOOK_PATH, refundId);
        assertThat(pushes).hasSize(1);
        Received push = pushes.get(0);
        assertThat(push.header("Content-Type")).isEqualToIgnoringWhitespace("application/json;charset=utf-8");
        String timestamp = push.header("X-Top-Timestamp");
        assertThat(timestamp).isEqualTo(Long.toString(CLOCK.millis()));
        assertThat(push.header("X-Top-Sign")).isEqualTo(hmacSha256Base64("sandbox-secret", timestamp, push.body()));

        JsonNode message = Http.parse(push.text());
        assertThat(message.get("topic").asString()).isEqualTo("taobao_refund_RefundCreated");
        assertThat(message.get("user_nick").asString()).isEqualTo("shop-1");
        assertThat(message.get("pub_time").asString()).isEqualTo(TaobaoWire.time(CLOCK.instant()));
        assertThat(message.get("content").isString()).as("content is a JSON string, as TMC sends it").isTrue();
        JsonNode content = Http.parse(message.get("content").asString());
        assertThat(content.get("refund_id").asString()).isEqualTo(refundId);
        assertThat(content.get("tid").asString()).isEqualTo("T-" + refundId);
        assertThat(content.get("refund_fee").asString()).isEqualTo("599.00");
        assertThat(content.get("bill_type").asString()).isEqualTo("refund_bill");
        assertThat(content.has("status")).isFalse();

        JsonNode seen = http.get("/sandbox/platforms/taobao/refunds/" + refundId).json();
        assertThat(seen.get("webhooks").get(0).get("status").asInt()).isEqualTo(200);
        assertThat(seen.has("pushes")).isFalse();
    }

    @Test
    void threeDeliveriesResendTheIdenticalMessage() {
        String refundId = unique("R");
        Answer created = http.postJson("/sandbox/platforms/taobao/refunds", refundJson(refundId, ",\"deliveries\":3"));

        assertThat(created.json().get("pushes").toString()).isEqualTo("[200,200,200]");
        List<Received> pushes = STUB.receivedOn(WEBHOOK_PATH, refundId);
        assertThat(pushes).hasSize(3);
        assertThat(pushes).extracting(Received::text).containsOnly(pushes.get(0).text());
        assertThat(pushes.get(0).text()).contains("\"msg_id\"");
    }

    @Test
    void aFailedPushIsRecordedWithTheReceiversStatus() {
        STUB.answerWith(503);
        String refundId = unique("R");
        Answer created = http.postJson("/sandbox/platforms/taobao/refunds", refundJson(refundId, ""));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("pushes").toString()).isEqualTo("[503]");
        assertThat(created.json().get("webhooks").get(0).get("status").asInt()).isEqualTo(503);
    }

    @Test
    void aRefundIdIsUsedOnce() {
        String refundId = unique("R");
        http.postJson("/sandbox/platforms/taobao/refunds", refundJson(refundId, ""));
        Answer again = http.postJson("/sandbox/platforms/taobao/refunds", refundJson(refundId, ""));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.isProblem()).isTrue();
        assertThat(STUB.receivedOn(WEBHOOK_PATH, refundId)).hasSize(1);
    }

    @Test
    void badInputIsAProblemNamingTheField() {
        String missingAmount = """
                {"shopId":"shop-1","orderId":"T1","refundId":"%s","type":"REFUND_ONLY"}""".formatted(unique("R"));
        assertBadField(http.postJson("/sandbox/platforms/taobao/refunds", missingAmount), "amountFen");

        String unknownType = refundJson(unique("R"), "").replace("REFUND_ONLY", "REFUND_EVERYTHING");
        assertBadField(http.postJson("/sandbox/platforms/taobao/refunds", unknownType), "type");

        String moreThanPaid = refundJson(unique("R"), "").replace("\"orderPaidFen\":59900", "\"orderPaidFen\":100");
        assertBadField(http.postJson("/sandbox/platforms/taobao/refunds", moreThanPaid), "amountFen");

        assertBadField(http.postJson("/sandbox/platforms/taobao/refunds",
                refundJson(unique("R"), ",\"deliveries\":0")), "deliveries");

        String badDuration = refundJson(unique("R"), "").replace("PT72H", "three days");
        assertBadField(http.postJson("/sandbox/platforms/taobao/refunds", badDuration), "deadlineIn");
    }

    @Test
    void anUnknownRefundIsAProblem404() {
        Answer answer = http.get("/sandbox/platforms/taobao/refunds/" + unique("NOPE"));
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.isProblem()).isTrue();
    }

    @Test
    void theBuyerWithdrawingClosesTheRefundAndPushesRefundClosed() {
        String refundId = unique("R");
        http.postJson("/sandbox/platforms/taobao/refunds", refundJson(refundId, ""));

        Answer closed = http.postJson("/sandbox/platforms/taobao/refunds/" + refundId + "/close", "");
        assertThat(closed.status()).isEqualTo(200);
        assertThat(closed.json().get("status").asString()).isEqualTo("CLOSED");
        assertThat(STUB.receivedOn(WEBHOOK_PATH, refundId))
                .extracting(Received::text).anyMatch(t -> t.contains("taobao_refund_RefundClosed"));

        assertThat(http.postJson("/sandbox/platforms/taobao/refunds/" + refundId + "/close", "").status())
                .isEqualTo(409);
    }

    static void assertBadField(Answer answer, String field) {
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.isProblem()).as("content type %s", answer.contentType()).isTrue();
        assertThat(answer.json().get("field").asString()).isEqualTo(field);
        assertThat(answer.json().get("detail").asString()).contains(field);
    }

    /** Independent of the production signer: the receiver's side of the contract. */
    private static String hmacSha256Base64(String secret, String timestamp, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        mac.update(timestamp.getBytes(StandardCharsets.UTF_8));
        mac.update((byte) '\n');
        return Base64.getEncoder().encodeToString(mac.doFinal(body));
    }
}
