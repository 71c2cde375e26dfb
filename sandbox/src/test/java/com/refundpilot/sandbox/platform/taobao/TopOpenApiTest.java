package com.refundpilot.sandbox.platform.taobao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.refundpilot.sandbox.Http.Answer;
import com.refundpilot.sandbox.SandboxIntegrationTest;
import com.refundpilot.sandbox.StubReceiver.Received;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class TopOpenApiTest extends SandboxIntegrationTest {

    private String openRefund(long amountFen) {
        String refundId = unique("R");
        String body = TaobaoControlApiTest.refundJson(refundId, "")
                .replace("\"amountFen\":59900", "\"amountFen\":" + amountFen);
        assertThat(http.postJson("/sandbox/platforms/taobao/refunds", body).status()).isEqualTo(201);
        return refundId;
    }

    /** A merchant's signed TOP call, shop-1's session. */
    private Answer top(String method, Map<String, String> methodParams) {
        Map<String, String> params = new HashMap<>(methodParams);
        params.put("method", method);
        params.put("app_key", "sandbox-app");
        params.put("session", params.getOrDefault("session", "shop-1"));
        params.put("timestamp", TaobaoWire.time(CLOCK.instant()));
        params.put("v", "2.0");
        params.put("format", "json");
        params.put("sign_method", "md5");
        params.put("sign", TopSigner.sign("sandbox-secret", params));
        return http.postForm("/router/rest", params);
    }

    private Answer agree(String refundInfos) {
        return top("taobao.rp.refunds.agree", Map.of("refund_infos", refundInfos));
    }

    private JsonNode oracle(String refundId) {
        return http.get("/sandbox/platforms/taobao/refunds/" + refundId).json();
    }

    @Test
    void refundGetShowsTheRefundInTaobaoTerms() {
        String refundId = openRefund(59900);
        Answer answer = top("taobao.refund.get", Map.of("refund_id", refundId));

        assertThat(answer.status()).isEqualTo(200);
        JsonNode refund = answer.json().get("refund_get_response").get("refund");
        assertThat(refund.get("refund_id").asString()).isEqualTo(refundId);
        assertThat(refund.get("status").asString()).isEqualTo("WAIT_SELLER_AGREE");
        assertThat(refund.get("refund_fee").asString()).isEqualTo("599.00");
        assertThat(refund.get("total_fee").asString()).isEqualTo("599.00");
        assertThat(refund.get("refund_version").asLong()).isEqualTo(1);
        assertThat(refund.get("has_good_return").asBoolean()).isFalse();
        assertThat(refund.get("outer_id").asString()).isEqualTo("SHOE-BLK-42");
        assertThat(refund.get("reason").asString()).isEqualTo("不想要了");
        assertThat(refund.get("created").asString()).isEqualTo(TaobaoWire.time(CLOCK.instant()));
        JsonNode remind = refund.get("refund_remind_timeout");
        assertThat(remind.get("exist_timeout").asBoolean()).isTrue();
        assertThat(remind.get("timeout").asString())
                .isEqualTo(TaobaoWire.time(CLOCK.instant().plus(Duration.ofHours(72))));
    }

    @Test
    void aTamperedRequestIsRejectedAsTopDoes() {
        String refundId = openRefund(59900);
        Map<String, String> params = new HashMap<>(Map.of("method", "taobao.rp.refunds.agree",
                "app_key", "sandbox-app", "session", "shop-1", "timestamp", TaobaoWire.time(CLOCK.instant()),
                "v", "2.0", "format", "json", "sign_method", "md5", "refund_infos", refundId + "|100|1|onsale"));
        params.put("sign", TopSigner.sign("sandbox-secret", params));
        params.put("refund_infos", refundId + "|59900|1|onsale");

        Answer answer = http.postForm("/router/rest", params);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("error_response").get("code").asInt()).isEqualTo(25);
        assertThat(oracle(refundId).get("status").asString()).isEqualTo("WAIT_SELLER_AGREE");
    }

    @Test
    void agreeWithAStaleVersionOrTooMuchMoneyIsRefusedAndRecordsNothing() {
        String refundId = openRefund(59900);

        JsonNode stale = agree(refundId + "|59900|7|onsale").json().get("rp_refunds_agree_response")
                .get("results").get(0);
        assertThat(stale.get("succ").asBoolean()).isFalse();
        assertThat(stale.get("sub_code").asString()).isEqualTo("isv.refund-version-mismatch");

        JsonNode tooMuch = agree(refundId + "|59901|1|onsale").json().get("rp_refunds_agree_response")
                .get("results").get(0);
        assertThat(tooMuch.get("sub_code").asString()).isEqualTo("isv.refund-amount-invalid");
        JsonNode nothing = agree(refundId + "|0|1|onsale").json().get("rp_refunds_agree_response")
                .get("results").get(0);
        assertThat(nothing.get("sub_code").asString()).isEqualTo("isv.refund-amount-invalid");

        JsonNode seen = oracle(refundId);
        assertThat(seen.get("status").asString()).isEqualTo("WAIT_SELLER_AGREE");
        assertThat(seen.get("version").asLong()).isEqualTo(1);
        assertThat(seen.get("refundedFen").asLong()).isZero();
        assertThat(seen.get("actions").size()).isZero();
    }

    @Test
    void agreeingTwicePaysOnce() {
        String refundId = openRefund(59900);
        long agreeCallsBefore = http.get("/sandbox/platforms/taobao/stats").json().get("agreeCalls").asLong();

        JsonNode first = agree(refundId + "|59900|1|onsale").json().get("rp_refunds_agree_response")
                .get("results").get(0);
        JsonNode second = agree(refundId + "|59900|1|onsale").json().get("rp_refunds_agree_response")
                .get("results").get(0);

        assertThat(first.get("succ").asBoolean()).isTrue();
        assertThat(second.get("succ").asBoolean()).isFalse();
        assertThat(second.get("sub_code").asString()).isEqualTo("isv.refund-already-success");
        JsonNode seen = oracle(refundId);
        assertThat(seen.get("status").asString()).isEqualTo("SUCCESS");
        assertThat(seen.get("version").asLong()).isEqualTo(2);
        assertThat(seen.get("refundedFen").asLong()).isEqualTo(59900);
        assertThat(seen.get("actions").size()).isEqualTo(1);
        assertThat(seen.get("actions").get(0).get("action").asString()).isEqualTo("AGREE_REFUND");
        assertThat(http.get("/sandbox/platforms/taobao/stats").json().get("agreeCalls").asLong())
                .isEqualTo(agreeCallsBefore + 2);

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(STUB.receivedOn(WEBHOOK_PATH, refundId))
                .extracting(Received::text).filteredOn(t -> t.contains("taobao_refund_RefundSuccess")).hasSize(1));
    }

    @Test
    void concurrentAgreeCallsPayExactlyOnce() throws Exception {
        String refundId = openRefund(59900);
        ExecutorService callers = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(callers.submit(() -> {
                    start.await();
                    return agree(refundId + "|59900|1|onsale").json().get("rp_refunds_agree_response")
                            .get("results").get(0).get("succ").asBoolean();
                }));
            }
            start.countDown();
            int succeeded = 0;
            for (Future<Boolean> answer : answers) {
                succeeded += answer.get(10, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(succeeded).isEqualTo(1);
            assertThat(oracle(refundId).get("actions").size()).isEqualTo(1);
            assertThat(oracle(refundId).get("version").asLong()).isEqualTo(2);
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void aBatchAnswersEachEntryAndAPartialAmountIsRecordedAsPartial() {
        String partial = openRefund(10000);
        String unknown = unique("NOPE");

        JsonNode results = agree(partial + "|4000|1|onsale," + unknown + "|100|1|onsale").json()
                .get("rp_refunds_agree_response").get("results");

        assertThat(results.get(0).get("succ").asBoolean()).isTrue();
        assertThat(results.get(1).get("refund_id").asString()).isEqualTo(unknown);
        assertThat(results.get(1).get("sub_code").asString()).isEqualTo("isv.refund-not-exist");
        JsonNode action = oracle(partial).get("actions").get(0);
        assertThat(action.get("action").asString()).isEqualTo("AGREE_PARTIAL_REFUND");
        assertThat(action.get("amountFen").asLong()).isEqualTo(4000);
        assertThat(action.get("params").get("version").asString()).isEqualTo("1");
        assertThat(oracle(partial).get("refundedFen").asLong()).isEqualTo(4000);
    }

    @Test
    void aMessageToTheBuyerIsKeptVerbatim() {
        String refundId = openRefund(59900);
        Answer answer = top("taobao.refund.message.add", Map.of("refund_id", refundId, "content", "包裹已拦截，请拒收"));

        JsonNode message = answer.json().get("refund_message_add_response").get("refund_message");
        assertThat(message.get("id").asLong()).isPositive();
        assertThat(message.get("created").asString()).isEqualTo(TaobaoWire.time(CLOCK.instant()));
        assertThat(oracle(refundId).get("buyerMessages").get(0).get("text").asString()).isEqualTo("包裹已拦截，请拒收");
    }

    @Test
    void anotherShopsSessionDoesNotSeeTheRefund() {
        String refundId = openRefund(59900);
        Answer answer = top("taobao.refund.get", Map.of("refund_id", refundId, "session", "shop-2"));
        assertThat(answer.json().get("error_response").get("sub_code").asString()).isEqualTo("isv.refund-not-exist");
    }

    @Test
    void systemErrorsUseTopCodes() {
        assertThat(top("taobao.refund.nothing", Map.of()).json().get("error_response").get("code").asInt())
                .isEqualTo(22);
        JsonNode missing = top("taobao.rp.refunds.agree", Map.of()).json().get("error_response");
        assertThat(missing.get("code").asInt()).isEqualTo(40);
        assertThat(missing.get("sub_code").asString()).isEqualTo("isv.missing-parameter:refund_infos");
        assertThat(agree("R1|lots|1|onsale").json().get("error_response").get("code").asInt()).isEqualTo(41);
    }
}
