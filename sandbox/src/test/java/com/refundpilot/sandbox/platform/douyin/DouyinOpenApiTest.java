package com.refundpilot.sandbox.platform.douyin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.refundpilot.sandbox.Http;
import com.refundpilot.sandbox.Http.Answer;
import com.refundpilot.sandbox.StubReceiver.Received;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The Douyin open API: signed calls only, the detail in Douyin's numbers, afterSale/operate agreeing and refusing on
 * the same model calls as TOP (actions, stats, counters alike), update_time as the optimistic version, all-or-nothing
 * batches, and every refusal a code with a sub_code, changing nothing.
 */
class DouyinOpenApiTest extends DouyinTestSupport {

    private static String item(String refundId, long updateTime) {
        return "{\"aftersale_id\":\"" + refundId + "\",\"update_time\":" + updateTime + "}";
    }

    private Answer operate(int type, String... items) {
        return api("afterSale/operate", "{\"type\":" + type + ",\"items\":[" + String.join(",", items) + "]}");
    }

    @Test
    void onlyASignedFreshCallOfThisAppIsAnswered() {
        String refundId = openRefund("REFUND_ONLY");
        String params = "{\"after_sale_id\":\"" + refundId + "\"}";
        String now = Long.toString(CLOCK.instant().getEpochSecond());
        long detailCalls = calls("afterSale.Detail");

        assertRefused(api("afterSale/Detail", params, "shop-1", now, "wrong-secret", KEY), 30001, "isv.sign-invalid");
        assertRefused(api("afterSale/Detail", params, "shop-1", now, SECRET, "someone-else"), 30001,
                "isv.app-key-invalid");
        String stale = Long.toString(CLOCK.instant().getEpochSecond() - Duration.ofMinutes(11).toSeconds());
        assertRefused(api("afterSale/Detail", params, "shop-1", stale, SECRET, KEY), 30001, "isv.timestamp-expired");
        assertRefused(api("afterSale/Detail", "{not json", "shop-1", now, SECRET, KEY), 40004,
                "isv.parameter-invalid:param_json");
        assertThat(calls("afterSale.Detail")).isEqualTo(detailCalls + 1); // only the well-signed one counted

        assertSuccess(api("afterSale/Detail", params));
        assertThat(calls("afterSale.Detail")).isEqualTo(detailCalls + 2);
    }

    @Test
    void theDetailShowsTheAfterSaleInDouyinsNumbers() {
        String refundId = openRefund("RETURN_AND_REFUND");

        Answer detail = api("afterSale/Detail", "{\"after_sale_id\":\"" + refundId
                + "\",\"need_operation_record\":true}");

        assertSuccess(detail);
        JsonNode data = detail.json().get("data");
        JsonNode info = data.get("process_info").get("after_sale_info");
        assertThat(info.get("after_sale_status").asInt()).isEqualTo(6);
        assertThat(info.get("after_sale_type").asInt()).isEqualTo(0);
        assertThat(info.get("refund_total_amount").asLong()).isEqualTo(59900);
        assertThat(info.get("after_sale_apply_count").asInt()).isEqualTo(1);
        assertThat(info.get("reason").asString()).isEqualTo("不想要了");
        assertThat(info.get("status_deadline").asLong()).isEqualTo(CLOCK.instant().plus(Duration.ofHours(72))
                .getEpochSecond());
        assertThat(info.get("update_time").asLong()).isPositive();
        assertThat(data.get("process_info").get("arbitrate_info").isNull()).isTrue();
        JsonNode sku = data.get("order_info").get("sku_order_infos").get(0);
        assertThat(sku.get("pay_amount").asLong()).isEqualTo(59900);
        assertThat(sku.get("shop_sku_code").asString()).isEqualTo("SHOE-BLK-42");
    }

    @Test
    void anAgreeAtTheLatestUpdateTimePaysOnceAndIsPushedAsTheEchoThenTheSuccess() {
        String refundId = openRefund("REFUND_ONLY");
        long agreeCalls = stats().get("agreeCalls").asLong();

        Answer agreed = operate(201, item(refundId, updateTime(refundId)));

        assertSuccess(agreed);
        assertThat(agreed.json().get("data").get("items").get(0).get("status_code").asInt()).isZero();
        JsonNode oracle = oracle(refundId);
        assertThat(oracle.get("status").asString()).isEqualTo("SUCCESS");
        assertThat(oracle.get("refundedFen").asLong()).isEqualTo(59900);
        assertThat(oracle.get("actions").get(0).get("action").asString()).isEqualTo("AGREE_REFUND");
        assertThat(stats().get("agreeCalls").asLong()).isEqualTo(agreeCalls + 1);
        await().atMost(Duration.ofSeconds(5)).until(() -> !messages(refundId, "206").isEmpty());
        Received batch = batchesAbout(refundId).get(batchesAbout(refundId).size() - 1);
        JsonNode messages = Http.parse(batch.text());
        assertThat(messages.get(0).get("tag").asString()).isEqualTo("201");
        assertThat(messages.get(1).get("tag").asString()).isEqualTo("206");
        assertThat(info(refundId).get("after_sale_status").asInt()).isEqualTo(12);

        assertRefused(operate(201, item(refundId, updateTime(refundId))), 50002,
                "isv.business-failed:aftersale-already-refunded");
        assertThat(oracle(refundId).get("actions").size()).isEqualTo(1);
    }

    @Test
    void aStaleUpdateTimeIsRefusedAndChangesNothing() {
        String refundId = openRefund("REFUND_ONLY");
        long first = updateTime(refundId);
        control(refundId, "modify", "{\"amountFen\":30000}");

        assertRefused(operate(201, item(refundId, first)), 50002, "isv.business-failed:aftersale-version-changed");
        assertThat(oracle(refundId).get("status").asString()).isEqualTo("WAIT_SELLER_AGREE");

        assertSuccess(operate(201, item(refundId, updateTime(refundId))));
        assertThat(oracle(refundId).get("refundedFen").asLong()).isEqualTo(30000);
    }

    @Test
    void theOperateTypeMustServeTheAfterSalesKindAndStage() {
        String refundOnly = openRefund("REFUND_ONLY");
        String ret = openRefund("RETURN_AND_REFUND");

        assertRefused(operate(111, item(refundOnly, updateTime(refundOnly))), 50002,
                "isv.business-failed:aftersale-type-invalid");
        assertRefused(operate(112, refusal(ret, updateTime(ret))), 50002, "isv.business-failed:20309541");
        assertRefused(operate(999, item(refundOnly, updateTime(refundOnly))), 40004, "isv.parameter-invalid:type");
        assertThat(oracle(refundOnly).get("actions").size()).isZero();
        assertThat(oracle(ret).get("actions").size()).isZero();
    }

    private static String refusal(String refundId, long updateTime) {
        return "{\"aftersale_id\":\"" + refundId + "\",\"update_time\":" + updateTime + ",\"reason\":\"商品已签收\","
                + "\"remark\":\"快递显示本人签收，附签收底单\",\"reject_reason_code\":12,"
                + "\"evidence\":[{\"type\":1,\"url\":\"https://proof.test/sign.jpg\",\"desc\":\"SIGNING_PROOF\"}]}";
    }

    @Test
    void aRefusalNeedsItsReasonCodeAndEvidenceAndShowsAs27() {
        String refundId = openRefund("REFUND_ONLY");
        long version = updateTime(refundId);

        assertRefused(operate(202, item(refundId, version)), 40001, "isv.missing-parameter:items[0].reason");
        assertRefused(operate(202, refusal(refundId, version).replace(",\"evidence\":[{\"type\":1,"
                + "\"url\":\"https://proof.test/sign.jpg\",\"desc\":\"SIGNING_PROOF\"}]", "")), 40004,
                "isv.parameter-invalid:evidence");

        assertSuccess(operate(202, refusal(refundId, version)));
        JsonNode action = oracle(refundId).get("actions").get(0);
        assertThat(action.get("action").asString()).isEqualTo("REFUSE");
        assertThat(action.get("params").get("reason").asString()).isEqualTo("快递显示本人签收，附签收底单");
        assertThat(action.get("params").get("reasonCode").asString()).isEqualTo("12");
        assertThat(action.get("params").get("proof").asString()).isEqualTo("SIGNING_PROOF:https://proof.test/sign.jpg");
        assertThat(info(refundId).get("after_sale_status").asInt()).isEqualTo(27);
        await().atMost(Duration.ofSeconds(5)).until(() -> !messages(refundId, "204").isEmpty());
    }

    @Test
    void aBatchIsAllOrNothingAndAtMostTwentyItems() {
        String good = openRefund("REFUND_ONLY");
        String stale = openRefund("REFUND_ONLY");
        long staleVersion = updateTime(stale);
        control(stale, "modify", "{}");

        assertRefused(operate(201, item(good, updateTime(good)), item(stale, staleVersion)), 50002,
                "isv.business-failed:aftersale-version-changed");
        assertThat(oracle(good).get("status").asString()).isEqualTo("WAIT_SELLER_AGREE");

        String[] many = new String[21];
        java.util.Arrays.fill(many, item(good, updateTime(good)));
        assertRefused(operate(201, many), 40004, "isv.parameter-invalid:items");

        assertSuccess(operate(201, item(good, updateTime(good)), item(stale, updateTime(stale))));
        assertThat(oracle(good).get("status").asString()).isEqualTo("SUCCESS");
        assertThat(oracle(stale).get("status").asString()).isEqualTo("SUCCESS");
    }

    @Test
    void anUnknownAfterSaleIsAnInvalidAfterSale() {
        assertRefused(api("afterSale/Detail", "{\"after_sale_id\":\"DY-NOPE\"}"), 20000, "isp.service-error:10000");
        assertRefused(api("afterSale/Detail", "{}"), 40001, "isv.missing-parameter:after_sale_id");
    }

    private JsonNode stats() {
        return http.get("/sandbox/platforms/douyin/stats").json();
    }

    private long calls(String method) {
        JsonNode count = stats().get("calls").get(method);
        return count == null ? 0 : count.asLong();
    }
}
