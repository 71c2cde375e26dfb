package com.refundpilot.sandbox.platform.generic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.refundpilot.sandbox.Http.Answer;
import com.refundpilot.sandbox.StubReceiver.Received;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;

/** The generic open API: signed calls, the model's decisions, idempotency keys and the error codes. */
class GenericOpenApiTest extends GenericTestSupport {

    static final String AGREE_OP = "POST /after-sales/{id}/agree";

    private JsonNode stats(String platform) {
        return http.get("/sandbox/platforms/" + platform + "/stats").json();
    }

    private static long calls(JsonNode stats, String operation) {
        JsonNode n = stats.get("calls").get(operation);
        return n == null ? 0 : n.asLong();
    }

    private static String agreeBody(String key, long version, long amountFen) {
        return "{\"idempotencyKey\":\"" + key + "\",\"version\":" + version + ",\"amountFen\":" + amountFen + "}";
    }

    @Test
    void aSignedAgreeRefundsPushesAfterSaleRefundedAndIsCountedLikeTopsAgree() {
        String id = openRefund();
        JsonNode genericBefore = stats("generic");
        long taobaoAgreesBefore = stats("taobao").get("agreeCalls").asLong();

        Answer agreed = apiPost("/after-sales/" + id + "/agree", agreeBody("agree-" + id, 1, 59900));

        assertThat(agreed.status()).isEqualTo(200);
        assertThat(agreed.json().get("afterSaleId").asString()).isEqualTo(id);
        assertThat(agreed.json().get("status").asString()).isEqualTo("REFUNDED");
        assertThat(agreed.json().get("version").asLong()).isEqualTo(2);
        assertThat(agreed.json().get("refundedFen").asLong()).isEqualTo(59900);
        await().atMost(Duration.ofSeconds(5)).until(() -> !events(id, "after_sale.refunded").isEmpty());
        Received push = pushesAbout(id).get(1);
        assertThat(push.header("X-RP-Signature")).isEqualTo(signature(push.header("X-RP-Timestamp"), push.body()));
        assertThat(onlyEvent(id, "after_sale.refunded").get("afterSale")).isEqualTo(agreed.json());

        JsonNode action = oracle(id).get("actions").get(0);
        assertThat(oracle(id).get("actions")).hasSize(1);
        assertThat(action.get("action").asString()).isEqualTo("AGREE_REFUND");
        assertThat(action.get("amountFen").asLong()).isEqualTo(59900);
        assertThat(action.get("params").get("version").asString()).isEqualTo("1");
        JsonNode genericAfter = stats("generic");
        assertThat(genericAfter.get("agreeCalls").asLong()).isEqualTo(genericBefore.get("agreeCalls").asLong() + 1);
        assertThat(calls(genericAfter, AGREE_OP)).isEqualTo(calls(genericBefore, AGREE_OP) + 1);
        assertThat(stats("taobao").get("agreeCalls").asLong()).isEqualTo(taobaoAgreesBefore);
        assertThat(apiGet("/after-sales/" + id).json().get("status").asString()).isEqualTo("REFUNDED");
    }

    @Test
    void theSameIdempotencyKeyTwiceAnswersTheFirstResultAndTakesEffectOnce() {
        String id = openRefund();
        String body = agreeBody("agree-" + id, 1, 59900);

        Answer first = apiPost("/after-sales/" + id + "/agree", body);
        Answer repeat = apiPost("/after-sales/" + id + "/agree", body);

        assertThat(first.status()).isEqualTo(200);
        assertThat(repeat.status()).isEqualTo(200);
        assertThat(repeat.json()).isEqualTo(first.json());
        assertThat(oracle(id).get("actions")).hasSize(1);
        // A later push on the same ordered push thread: once it arrived, a second refunded push would have too
        String marker = openRefund();
        assertThat(apiPost("/after-sales/" + marker + "/agree", agreeBody("m-" + marker, 1, 59900)).status())
                .isEqualTo(200);
        await().atMost(Duration.ofSeconds(5)).until(() -> !events(marker, "after_sale.refunded").isEmpty());
        assertThat(events(id, "after_sale.refunded")).hasSize(1);
    }

    @Test
    void aStaleVersionIsAVersionConflictThatChangesNothingAndIsNotRemembered() {
        String id = openRefund();
        control(id, "modify", "{\"amountFen\":50000}");

        Answer stale = apiPost("/after-sales/" + id + "/agree", agreeBody("agree-" + id, 1, 50000));

        assertRefused(stale, 409, "VERSION_CONFLICT");
        assertThat(oracle(id).get("status").asString()).isEqualTo("WAIT_SELLER_AGREE");
        assertThat(oracle(id).get("actions")).isEmpty();
        Answer reDecided = apiPost("/after-sales/" + id + "/agree", agreeBody("agree-" + id, 2, 50000));
        assertThat(reDecided.status()).as("the same action key after a re-read goes through").isEqualTo(200);
        assertThat(reDecided.json().get("refundedFen").asLong()).isEqualTo(50000);
    }

    @Test
    void aBadSignatureOrATimestampOutsideTheWindowIs401AndChangesNothing() {
        String id = openRefund();
        String path = "/after-sales/" + id + "/agree";
        String body = agreeBody("agree-" + id, 1, 59900);
        String now = Long.toString(CLOCK.millis());
        long agreesBefore = stats("generic").get("agreeCalls").asLong();
        long callsBefore = calls(stats("generic"), AGREE_OP);

        assertRefused(api(HttpMethod.POST, path, body, now, "v1=" + "0".repeat(64)), 401, "BAD_SIGNATURE");
        assertRefused(api(HttpMethod.POST, path, body, now, signature(now, agreeBody("x", 1, 1).getBytes())), 401,
                "BAD_SIGNATURE");
        String old = Long.toString(CLOCK.millis() - Duration.ofMinutes(6).toMillis());
        assertRefused(api(HttpMethod.POST, path, body, old, null), 401, "EXPIRED_TIMESTAMP");
        String ahead = Long.toString(CLOCK.millis() + Duration.ofMinutes(6).toMillis());
        assertRefused(api(HttpMethod.POST, path, body, ahead, null), 401, "EXPIRED_TIMESTAMP");
        assertRefused(api(HttpMethod.GET, "/after-sales/" + id, "", now, "v1=bad"), 401, "BAD_SIGNATURE");

        assertThat(oracle(id).get("status").asString()).isEqualTo("WAIT_SELLER_AGREE");
        assertThat(oracle(id).get("actions")).isEmpty();
        assertThat(stats("generic").get("agreeCalls").asLong()).isEqualTo(agreesBefore);
        assertThat(calls(stats("generic"), AGREE_OP)).as("refused calls are not counted").isEqualTo(callsBefore);
        String inWindow = Long.toString(CLOCK.millis() - Duration.ofMinutes(4).toMillis());
        assertThat(api(HttpMethod.POST, path, body, inWindow, null).status()).isEqualTo(200);
    }

    @Test
    void theModelsRefusalsAreTheProtocolsCodes() {
        String id = openRefund();
        String agree = "/after-sales/" + id + "/agree";
        assertRefused(apiPost(agree, agreeBody("a1", 1, 70000)), 400, "INVALID_FIELD");
        assertThat(apiPost(agree, agreeBody("a1", 1, 70000)).json().get("field").asString()).isEqualTo("amountFen");
        Answer noVersion = apiPost(agree, "{\"idempotencyKey\":\"a1\",\"amountFen\":100}");
        assertRefused(noVersion, 400, "INVALID_FIELD");
        assertThat(noVersion.json().get("field").asString()).isEqualTo("version");
        Answer noKey = apiPost(agree, "{\"version\":1,\"amountFen\":100}");
        assertThat(noKey.json().get("field").asString()).isEqualTo("idempotencyKey");
        assertRefused(apiPost(agree, "not json"), 400, "INVALID_FIELD");
        assertRefused(apiPost("/after-sales/" + unique("G") + "/agree", agreeBody("a1", 1, 100)), 404, "NOT_FOUND");

        assertThat(apiPost(agree, agreeBody("a1", 1, 59900)).status()).isEqualTo(200);
        assertRefused(apiPost(agree, agreeBody("a2", 2, 59900)), 409, "ALREADY_REFUNDED");
        Answer lateRefusal = apiPost("/after-sales/" + id + "/refuse", "{\"idempotencyKey\":\"r1\",\"version\":2,"
                + "\"reason\":\"已签收\",\"proofs\":[\"https://proof/1.jpg\"]}");
        assertRefused(lateRefusal, 409, "NOT_ALLOWED");
        assertThat(lateRefusal.json().get("message").asString()).contains("REFUNDED").doesNotContain("SUCCESS");

        String other = openRefund();
        String refuse = "/after-sales/" + other + "/refuse";
        Answer noProof = apiPost(refuse, "{\"idempotencyKey\":\"r1\",\"version\":1,\"reason\":\"已签收\",\"proofs\":[]}");
        assertRefused(noProof, 400, "INVALID_FIELD");
        assertThat(noProof.json().get("field").asString()).isEqualTo("proofs");
        Answer refused = apiPost(refuse, "{\"idempotencyKey\":\"r1\",\"version\":1,\"reason\":\"已签收\","
                + "\"reasonCode\":\"SIGNED_BY_BUYER\",\"proofs\":[\"https://proof/1.jpg\"]}");
        assertThat(refused.json().get("status").asString()).isEqualTo("MERCHANT_REFUSED");
        assertThat(refused.json().get("deadline").isNull()).isTrue();
        assertRefused(apiPost(refuse, "{\"idempotencyKey\":\"r2\",\"version\":2,\"reason\":\"已签收\","
                + "\"proofs\":[\"https://proof/1.jpg\"]}"), 409, "ALREADY_REFUSED");
        JsonNode params = oracle(other).get("actions").get(0).get("params");
        assertThat(params.get("reasonCode").asString()).isEqualTo("SIGNED_BY_BUYER");
        assertThat(params.get("proof").asString()).isEqualTo("https://proof/1.jpg");
    }
}
