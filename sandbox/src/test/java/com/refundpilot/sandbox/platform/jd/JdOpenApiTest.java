package com.refundpilot.sandbox.platform.jd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** JD's router: the bill read, the refund application's answer, the version check and the request-level errors. */
class JdOpenApiTest extends JdTestSupport {

    static final String REPLY = "jingdong.pop.afs.soa.refundapply.replyRefund";

    private JsonNode stats() {
        return http.get(CONTROL + "/stats").json();
    }

    private static long calls(JsonNode stats, String method) {
        JsonNode n = stats.get("calls").get(method);
        return n == null ? 0 : n.asLong();
    }

    private static Map<String, Object> agree(String id, Object version) {
        Map<String, Object> params = new HashMap<>(Map.of("id", id, "status", "1", "checkUserName", "refundpilot",
                "remark", "同意退款"));
        if (version != null) {
            params.put("sysVersion", version);
        }
        return params;
    }

    @Test
    void theBillShowsARefundOnlyRequestAsAServiceOrderWithItsRefundApplication() {
        String id = openRefund();

        JsonNode bill = view(id);

        assertThat(bill.get("serviceId").asString()).isEqualTo(id);
        assertThat(bill.get("customerExpect").asInt()).isEqualTo(90);
        assertThat(bill.get("afsServiceStep").asInt()).isEqualTo(22);
        assertThat(bill.get("sysVersion").asLong()).isEqualTo(1);
        assertThat(bill.get("questionTypeCid1").asInt()).isEqualTo(1013);
        assertThat(bill.get("questionTypeName").asString()).isEqualTo("不想要了");
        assertThat(bill.get("applyRefundSum").asString()).isEqualTo("599.00");
        assertThat(bill.get("refundSum").asString()).isEqualTo("0.00");
        assertThat(bill.get("orderPayment").asString()).isEqualTo("599.00");
        assertThat(bill.get("outerSkuId").asString()).isEqualTo("SHOE-BLK-42");
        assertThat(bill.get("customerPin").asString()).isEqualTo("jd_buyer_1");
        assertThat(bill.get("processExpireTime").asString()).isEqualTo(time(CLOCK.instant().plus(Duration.ofHours(48))));
        assertThat(bill.get("customerSendExpireTime").isNull()).isTrue();
        JsonNode application = bill.get("refundApply");
        assertThat(application.get("id").asString()).isEqualTo(id);
        assertThat(application.get("status").asInt()).isZero();
        assertThat(application.get("applyRefundSum").decimalValue()).isEqualByComparingTo("599.00");
        assertThat(view(openRefund("RETURN_AND_REFUND", 1000)).get("refundApply").isNull()).isTrue();
    }

    @Test
    void replyRefundStatusOneRefundsTheWholeApplicationOnceAndIsCountedAsAnAgree() {
        String id = openRefund();
        JsonNode before = stats();

        JsonNode first = replyResult(call(REPLY, agree(id, "1")));
        JsonNode repeat = replyResult(call(REPLY, agree(id, "1")));

        assertThat(first.get("success").asBoolean()).as(first.toString()).isTrue();
        assertThat(first.get("data").get("afsServiceStep").asInt()).isEqualTo(50);
        assertThat(first.get("data").get("refundSum").asString()).isEqualTo("599.00");
        assertThat(first.get("data").get("refundApply").get("status").asInt()).isEqualTo(3);
        assertFailure(repeat, "10300");
        JsonNode oracle = oracle(id);
        assertThat(oracle.get("status").asString()).isEqualTo("SUCCESS");
        assertThat(oracle.get("actions")).hasSize(1);
        assertThat(oracle.get("actions").get(0).get("action").asString()).isEqualTo("AGREE_REFUND");
        await().atMost(Duration.ofSeconds(5)).until(() -> !pushes(id, "jos_afs_refund_success").isEmpty());
        assertThat(pushes(id, "jos_afs_refund_success").get(0).content().get("refundSum").asString())
                .isEqualTo("599.00");
        JsonNode after = stats();
        assertThat(after.get("agreeCalls").asLong()).isEqualTo(before.get("agreeCalls").asLong() + 2);
        assertThat(calls(after, REPLY)).isEqualTo(calls(before, REPLY) + 2);
    }

    @Test
    void aStaleSysVersionChangesNothingAndAWrongTypeIsRefusedByItsOwnCode() {
        String id = openRefund();
        assertFailure(replyResult(call(REPLY, agree(id, 7))), "10200");
        assertThat(oracle(id).get("status").asString()).isEqualTo("WAIT_SELLER_AGREE");

        String returnId = openRefund("RETURN_AND_REFUND", 30000);
        assertFailure(replyResult(call(REPLY, agree(returnId, 1))), "10202");
        JsonNode partial = result(call("jingdong.asc.process.refund", Map.of("serviceId", returnId, "sysVersion", 1,
                "refundSum", "120.50")), "jingdong.asc.process.refund");
        assertThat(partial.get("success").asBoolean()).as(partial.toString()).isTrue();
        assertThat(partial.get("data").get("refundSum").asString()).isEqualTo("120.50");
        JsonNode action = oracle(returnId).get("actions").get(0);
        assertThat(action.get("action").asString()).isEqualTo("AGREE_PARTIAL_REFUND");
        assertThat(action.get("amountFen").asLong()).isEqualTo(12050);
    }

    @Test
    void requestLevelErrorsAreErrorResponsesThatChangeNothingAndAreNotCounted() {
        String id = openRefund();
        long counted = calls(stats(), REPLY);

        assertError(call(REPLY, agree(id, 1), "shop-1", Map.of("sign", "0123456789ABCDEF0123456789ABCDEF")), "13",
                "signature");
        assertError(call(REPLY, agree(id, 1), "shop-1", Map.of("app_key", "someone-else")), "11", "app_key");
        assertError(call(REPLY, agree(id, 1), "shop-1", Map.of("access_token", "")), "10", "access_token");
        assertError(call("jingdong.asc.no.such.method", Map.of(), "shop-1", Map.of()), "15", "jingdong.asc.no.such");
        Map<String, Object> noVersion = new HashMap<>(agree(id, null));
        noVersion.remove("remark");
        assertError(call(REPLY, noVersion), "20", "remark");
        assertError(call(REPLY, Map.of("id", id, "status", "9", "checkUserName", "x", "remark", "x")), "20", "status");
        assertError(call("jingdong.asc.process.refund", Map.of("serviceId", id, "sysVersion", 1, "refundSum", "1.005")),
                "20", "refundSum");
        String old = time(CLOCK.instant().minus(Duration.ofMinutes(11)));
        Map<String, String> system = new HashMap<>(Map.of("method", REPLY, "app_key", "sandbox-app",
                "access_token", "shop-1", "timestamp", old, "v", "2.0",
                "360buy_param_json", "{\"id\":\"" + id + "\",\"status\":\"1\",\"checkUserName\":\"x\",\"remark\":\"x\"}"));
        system.put("sign", sign(system));
        assertError(http.postForm("/routerjson", system).json(), "14", "timestamp");

        assertThat(oracle(id).get("status").asString()).isEqualTo("WAIT_SELLER_AGREE");
        assertThat(oracle(id).get("actions")).isEmpty();
        // Only the two calls that reached the method (with bad parameters) are counted
        assertThat(calls(stats(), REPLY)).isEqualTo(counted + 2);
    }
}
