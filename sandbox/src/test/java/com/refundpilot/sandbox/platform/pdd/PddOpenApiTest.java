package com.refundpilot.sandbox.platform.pdd;

import static org.assertj.core.api.Assertions.assertThat;

import com.refundpilot.sandbox.Http.Answer;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** PDD's router: signed calls, the after-sale in PDD's numbers, decisions on the one model, PDD-only isolation. */
class PddOpenApiTest extends PddTestSupport {

    @Test
    void aCallWithABadSignatureAnUnknownClientOrNoTokenIsRefusedAsAWhole() {
        String refundId = openRefund("REFUND_ONLY", 59900);
        Map<String, String> forged = publicParams("pdd.refund.agree");
        forged.put("after_sales_id", refundId);
        forged.put("order_sn", "T-" + refundId);
        forged.put("sign", "0123456789ABCDEF0123456789ABCDEF");
        assertError(http.postForm("/pdd/api/router", forged), 20004, null);

        Map<String, String> stranger = publicParams("pdd.refund.information.get");
        stranger.put("client_id", "someone-else");
        stranger.put("sign", sign(stranger));
        assertError(http.postForm("/pdd/api/router", stranger), 20005, null);

        Map<String, String> noToken = publicParams("pdd.refund.information.get");
        noToken.remove("access_token");
        noToken.put("sign", sign(noToken));
        assertError(http.postForm("/pdd/api/router", noToken), 10019, null);

        assertError(call("pdd.refund.nothing", Map.of()), 10001, null);
        assertError(call("pdd.refund.information.get", Map.of("after_sales_id", refundId)), 10000,
                "missing-parameter:order_sn");
        assertThat(oracle(refundId).get("status").asString()).isEqualTo("WAIT_SELLER_AGREE");
    }

    @Test
    void theDetailShowsPddsNumbersFenAndTheDeadlineOnlyWhileTheMerchantMustAct() {
        String refundId = openRefund("RETURN_AND_REFUND", 41900);
        JsonNode detail = detail(refundId);
        assertThat(detail.get("after_sales_type").asInt()).as("detail numbering").isEqualTo(2);
        assertThat(detail.get("after_sales_status").asInt()).isEqualTo(3);
        assertThat(detail.get("refund_amount").asLong()).isEqualTo(41900);
        assertThat(detail.get("order_amount").asLong()).isEqualTo(59900);
        assertThat(detail.get("expire_time").asLong())
                .isEqualTo(CLOCK.instant().plus(Duration.ofHours(72)).getEpochSecond());
        assertThat(detail.get("express_no").isNull()).isTrue();
        assertThat(detail.get("updated_at").asLong()).isEqualTo(CLOCK.millis());

        assertSucceeded(callOn("pdd.refund.returngoods.agree", refundId, Map.of("province", "浙江", "city", "杭州",
                "address", "余杭区 退货仓")));
        JsonNode agreed = detail(refundId);
        assertThat(agreed.get("after_sales_status").asInt()).as("waiting for the buyer's shipment").isEqualTo(7);
        assertThat(agreed.get("expire_time").isNull()).as("the buyer's turn: no merchant deadline").isTrue();
        assertThat(agreed.get("return_address").get("city").asString()).isEqualTo("杭州");

        CLOCK.advance(Duration.ofMinutes(5));
        control(refundId, "return-shipment", "{\"carrier\":\"ZTO\",\"trackingNo\":\"ZT900\"}");
        JsonNode shipped = detail(refundId);
        assertThat(shipped.get("after_sales_status").asInt()).isEqualTo(3);
        assertThat(shipped.get("express_no").asString()).isEqualTo("ZT900");
        assertThat(shipped.get("shipping_name").asString()).isEqualTo("ZTO");
        assertThat(shipped.get("expire_time").asLong()).isEqualTo(CLOCK.instant().plus(Duration.ofDays(10))
                .getEpochSecond());
        assertThat(shipped.get("updated_at").asLong()).isGreaterThan(agreed.get("updated_at").asLong());
    }

    @Test
    void anAgreeRefundsWhatIsAskedOnceAndItsRepeatIsAlreadyRefunded() {
        String refundId = openRefund("REFUND_ONLY", 59900);
        long agreeCalls = http.get("/sandbox/platforms/pinduoduo/stats").json().get("agreeCalls").asLong();

        assertSucceeded(callOn("pdd.refund.agree", refundId, Map.of("operate_desc", "同意")));
        assertRefused(callOn("pdd.refund.agree", refundId, Map.of()), 50002);

        JsonNode oracle = oracle(refundId);
        assertThat(oracle.get("status").asString()).isEqualTo("SUCCESS");
        assertThat(oracle.get("refundedFen").asLong()).isEqualTo(59900);
        assertThat(oracle.get("actions")).hasSize(1);
        assertThat(oracle.get("actions").get(0).get("action").asString()).isEqualTo("AGREE_REFUND");
        assertThat(detail(refundId).get("after_sales_status").asInt()).isEqualTo(10);
        JsonNode stats = http.get("/sandbox/platforms/pinduoduo/stats").json();
        assertThat(stats.get("agreeCalls").asLong()).isEqualTo(agreeCalls + 2);
        assertThat(stats.get("calls").get("pdd.refund.agree").asLong()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aRefusalNeedsProofAndThenShowsAsStatus6() {
        String refundId = openRefund("REFUND_ONLY", 59900);
        assertRefused(callOn("pdd.refund.refuse", refundId, Map.of("refuse_reason", "已发货")), 50006);
        assertSucceeded(callOn("pdd.refund.refuse", refundId, Map.of("refuse_reason", "已发货",
                "proof_images", "SIGNING_PROOF:https://proof/1")));
        assertRefused(callOn("pdd.refund.refuse", refundId, Map.of("refuse_reason", "已发货",
                "proof_images", "SIGNING_PROOF:https://proof/1")), 50003);
        assertThat(detail(refundId).get("after_sales_status").asInt()).isEqualTo(6);
        assertThat(oracle(refundId).get("actions").get(0).get("action").asString()).isEqualTo("REFUSE");
    }

    @Test
    void anotherPlatformsMallsOrOrdersAfterSaleDoesNotExistHere() {
        String pdd = openRefund("REFUND_ONLY", 59900);
        String taobao = unique("R");
        http.postJson("/sandbox/platforms/taobao/refunds", refundJson(taobao, "REFUND_ONLY", 59900, "PT72H", ""));

        assertError(callOn("pdd.refund.information.get", taobao, Map.of()), 50001, null);
        assertRefused(callOn("pdd.refund.agree", taobao, Map.of()), 50001);
        assertThat(http.get("/sandbox/platforms/taobao/refunds/" + taobao).json().get("status").asString())
                .isEqualTo("WAIT_SELLER_AGREE");

        Map<String, String> otherOrder = new LinkedHashMap<>();
        otherOrder.put("after_sales_id", pdd);
        otherOrder.put("order_sn", "T-OTHER");
        assertError(call("pdd.refund.information.get", otherOrder), 50001, null);

        Map<String, String> otherMall = publicParams("pdd.refund.information.get");
        otherMall.put("access_token", "shop-2");
        otherMall.put("after_sales_id", pdd);
        otherMall.put("order_sn", "T-" + pdd);
        otherMall.put("sign", sign(otherMall));
        assertError(http.postForm("/pdd/api/router", otherMall), 50001, null);
        assertThat(http.get("/sandbox/platforms/taobao/refunds/" + pdd).status()).isEqualTo(404);
    }

    @Test
    void anExchangeIsShippedOnceItsReturnIsBackAndThenWaitsOnTheBuyer() {
        String refundId = openRefund("EXCHANGE", 59900);
        assertThat(detail(refundId).get("after_sales_type").asInt()).isEqualTo(3);
        assertThat(detail(refundId).get("after_sales_status").asInt()).isEqualTo(14);
        assertRefused(callOn("pdd.refund.exchange.shipping", refundId, Map.of("tracking_number", "SF1")), 50004);
        control(refundId, "return-shipment", "{\"carrier\":\"SF\",\"trackingNo\":\"SF0\"}");
        assertSucceeded(callOn("pdd.refund.exchange.shipping", refundId, Map.of("tracking_number", "SF1",
                "shipping_name", "SF")));
        assertThat(detail(refundId).get("after_sales_status").asInt()).isEqualTo(18);
        assertRefused(callOn("pdd.refund.exchange.shipping", refundId, Map.of("tracking_number", "SF1")), 50010);
    }

    @Test
    void theAssumedExtensionMovesTheReceiptDeadlineOnce() {
        String refundId = openRefund("RETURN_AND_REFUND", 59900);
        control(refundId, "return-shipment", "{\"carrier\":\"ZTO\",\"trackingNo\":\"ZT1\"}");
        long before = detail(refundId).get("expire_time").asLong();
        assertError(callOn("pdd.refund.returngoods.extend", refundId, Map.of()), 10000,
                "missing-parameter:extend_days");
        assertSucceeded(callOn("pdd.refund.returngoods.extend", refundId, Map.of("extend_days", "3")));
        JsonNode extended = detail(refundId);
        assertThat(extended.get("expire_time").asLong()).isEqualTo(before + Duration.ofDays(3).toSeconds());
        assertThat(extended.get("receipt_extended").asBoolean()).isTrue();
        assertRefused(callOn("pdd.refund.returngoods.extend", refundId, Map.of("extend_days", "3")), 50009);
    }

    @Test
    void theIncrementListKeepsItsOwnTypeNumbersAndAThirtyMinuteWindow() {
        String exchange = openRefund("EXCHANGE", 59900);
        String refundOnly = openRefund("REFUND_ONLY", 59900);
        long now = CLOCK.instant().getEpochSecond();
        Map<String, String> query = new LinkedHashMap<>();
        query.put("start_updated_at", Long.toString(now - 60));
        query.put("end_updated_at", Long.toString(now + 60));
        query.put("after_sales_status", "0");
        query.put("after_sales_type", "4");
        JsonNode exchanges = call("pdd.refund.list.increment.get", query).json().get("refund_increment_get_response");
        assertThat(exchanges.get("refund_list").toString()).contains(exchange).doesNotContain(refundOnly);
        assertThat(exchanges.get("refund_list").get(0).get("after_sales_type").asInt()).as("rows: detail numbering")
                .isEqualTo(3);

        query.put("after_sales_type", "2");
        assertThat(call("pdd.refund.list.increment.get", query).json().toString()).contains(refundOnly)
                .doesNotContain(exchange);

        query.put("end_updated_at", Long.toString(now - 60 + 1801));
        assertError(call("pdd.refund.list.increment.get", query), 10000, "invalid-parameter:end_updated_at");
    }

    @Test
    void theIncrementListPagesOldestChangeFirstAndCountsTheWholeWindow() {
        CLOCK.advance(java.time.Duration.ofMinutes(10)); // a window of this test's own
        long start = CLOCK.instant().getEpochSecond();
        String first = openRefund("REFUND_ONLY", 59900);
        CLOCK.advance(java.time.Duration.ofSeconds(5));
        String second = openRefund("REFUND_ONLY", 59900);
        Map<String, String> query = new LinkedHashMap<>();
        query.put("start_updated_at", Long.toString(start));
        query.put("end_updated_at", Long.toString(CLOCK.instant().getEpochSecond() + 1));
        query.put("after_sales_status", "0");
        query.put("after_sales_type", "1");
        query.put("page_size", "1");

        query.put("page", "1");
        JsonNode one = call("pdd.refund.list.increment.get", query).json().get("refund_increment_get_response");
        query.put("page", "2");
        JsonNode two = call("pdd.refund.list.increment.get", query).json().get("refund_increment_get_response");

        assertThat(one.get("total_count").asInt()).isEqualTo(2);
        assertThat(one.get("refund_list").get(0).get("id").asString()).isEqualTo(first);
        assertThat(two.get("refund_list").get(0).get("id").asString()).isEqualTo(second);
        assertThat(two.get("refund_list").get(0).get("updated_time").asLong()).isEqualTo(start + 5);
        query.put("page_size", "101");
        assertError(call("pdd.refund.list.increment.get", query), 10000, "invalid-parameter:page_size");
    }

    @Test
    void capabilitiesLeaveOutPartialAgreeAndTheReceiptExtension() {
        JsonNode capabilities = http.get("/sandbox/platforms/pinduoduo/capabilities").json();
        assertThat(capabilities.get("platform").asString()).isEqualTo("PINDUODUO");
        assertThat(capabilities.get("actions").toString())
                .contains("AGREE_REFUND", "REFUSE", "NEGOTIATE", "REPORT_SHIPMENT_CANCELLED")
                .doesNotContain("AGREE_PARTIAL_REFUND", "EXTEND_RECEIPT");
    }
}
