package com.refundpilot.sandbox.platform.taobao;

import static com.refundpilot.sandbox.platform.taobao.TaobaoControlApiTest.assertBadField;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.refundpilot.sandbox.Http.Answer;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The return stage: agree the return, the buyer's turn, the receipt deadline, extending it once. */
class TopReturnStageTest extends TaobaoTestSupport {

    @Autowired
    AutoRefundSweeper sweeper;

    private void awaitTwoSweeps() {
        long seen = sweeper.completedSweeps();
        await().atMost(Duration.ofSeconds(5)).until(() -> sweeper.completedSweeps() >= seen + 2);
    }

    @Test
    void anAgreedReturnIsTheBuyersTurnWithTheAddressAndTheMerchantsClockStopped() {
        String refundId = openRefund("RETURN_AND_REFUND", 59900, "PT72H");

        JsonNode answer = agreeReturn(refundId, 1, Map.of());

        assertThat(answer.get("succ").asBoolean()).isTrue();
        assertThat(answer.get("refund_id").asString()).isEqualTo(refundId);
        JsonNode seen = oracle(refundId);
        assertThat(seen.get("status").asString()).isEqualTo("WAIT_BUYER_RETURN_GOODS");
        assertThat(seen.get("version").asLong()).isEqualTo(2);
        assertThat(seen.get("deadline").asString()).as("the buyer's 7 days")
                .isEqualTo(CLOCK.instant().plus(Duration.ofDays(7)).toString());
        assertThat(seen.get("returnAgreement").get("city").asString()).isEqualTo("杭州");
        assertThat(seen.get("returnAgreement").get("sellerPaysPostage").asBoolean()).isTrue();
        JsonNode action = seen.get("actions").get(0);
        assertThat(action.get("action").asString()).isEqualTo("AGREE_RETURN");
        assertThat(action.get("params").get("address").asString()).isEqualTo("余杭区仓前街道1号 退货仓");
        assertThat(action.get("params").get("sellerPaysPostage").asString()).isEqualTo("true");
        assertThat(action.get("params").get("version").asString()).isEqualTo("1");
        JsonNode refund = refundGet(refundId);
        assertThat(refund.get("status").asString()).isEqualTo("WAIT_BUYER_RETURN_GOODS");
        assertThat(refund.get("address").asString()).isEqualTo("浙江 杭州 余杭区仓前街道1号 退货仓");
        assertThat(refund.get("refund_remind_timeout").get("exist_timeout").asBoolean()).isFalse();
    }

    @Test
    void eachAgreeReturnTheStateForbidsHasItsSubCodeAndChangesNothing() {
        String refundOnly = openRefund();
        assertThat(agreeReturn(refundOnly, 1, Map.of()).get("sub_code").asString()).isEqualTo("isv.refund-type-invalid");
        String returning = openRefund("RETURN_AND_REFUND", 59900, "PT72H");
        assertThat(agreeReturn(returning, 3, Map.of()).get("sub_code").asString())
                .isEqualTo("isv.refund-version-mismatch");
        assertThat(agreeReturn(unique("NOPE"), 1, Map.of()).get("sub_code").asString())
                .isEqualTo("isv.refund-not-exist");
        assertThat(agreeReturn(returning, 1, Map.of("session", "shop-2")).get("sub_code").asString())
                .isEqualTo("isv.refund-not-exist");
        JsonNode untouched = oracle(returning);
        assertThat(untouched.get("status").asString()).isEqualTo("WAIT_SELLER_AGREE");
        assertThat(untouched.get("actions").size()).isZero();
        assertThat(oracle(refundOnly).get("actions").size()).isZero();

        assertThat(agreeReturn(returning, 1, Map.of()).get("succ").asBoolean()).isTrue();
        JsonNode again = agreeReturn(returning, 1, Map.of());
        assertThat(again.get("succ").asBoolean()).isFalse();
        assertThat(again.get("sub_code").asString()).as("a retry is told it took").isEqualTo("isv.return-already-agreed");
        assertThat(oracle(returning).get("actions").size()).isEqualTo(1);

        String closed = openRefund("RETURN_AND_REFUND", 59900, "PT72H");
        http.postJson(REFUNDS + closed + "/close", "");
        assertThat(agreeReturn(closed, 2, Map.of()).get("sub_code").asString()).isEqualTo("isv.refund-status-invalid");
    }

    @Test
    void malformedAgreeReturnsAreRequestErrorsAndChangeNothing() {
        String refundId = openRefund("RETURN_AND_REFUND", 59900, "PT72H");
        JsonNode noCity = agreeReturn(refundId, 1, Map.of("city", ""));
        assertThat(noCity.get("code").asInt()).isEqualTo(40);
        assertThat(noCity.get("sub_code").asString()).isEqualTo("isv.missing-parameter:city");
        assertThat(agreeReturn(refundId, 1, Map.of("province", "")).get("sub_code").asString())
                .isEqualTo("isv.missing-parameter:province");
        JsonNode badPostage = agreeReturn(refundId, 1, Map.of("seller_pays_postage", "yes"));
        assertThat(badPostage.get("code").asInt()).isEqualTo(41);
        assertThat(badPostage.get("sub_code").asString()).isEqualTo("isv.invalid-parameter:seller_pays_postage");
        assertThat(agreeReturn(refundId, 1, Map.of("refund_version", "v1")).get("sub_code").asString())
                .isEqualTo("isv.invalid-parameter:refund_version");
        assertThat(oracle(refundId).get("status").asString()).isEqualTo("WAIT_SELLER_AGREE");

        assertThat(agreeReturn(refundId, 1, Map.of("address", "", "seller_pays_postage", "")).get("succ").asBoolean())
                .as("the street line and the postage flag are optional").isTrue();
        assertThat(oracle(refundId).get("returnAgreement").get("sellerPaysPostage").asBoolean()).isFalse();
        assertThat(refundGet(refundId).get("address").asString()).isEqualTo("浙江 杭州");
    }

    @Test
    void theBuyersWaybillStartsTheMerchantsTenDaysToConfirmReceipt() {
        String refundId = openRefund("RETURN_AND_REFUND", 59900, "PT72H");
        agreeReturn(refundId, 1, Map.of());

        Answer shipped = control(refundId, "return-shipment", "{\"carrier\":\"ZTO\",\"trackingNo\":\"ZT-RT\"}");

        assertThat(shipped.status()).isEqualTo(200);
        assertThat(shipped.json().get("status").asString()).isEqualTo("WAIT_SELLER_CONFIRM_GOODS");
        assertThat(shipped.json().get("version").asLong()).isEqualTo(3);
        assertThat(shipped.json().get("deadline").asString())
                .isEqualTo(CLOCK.instant().plus(Duration.ofDays(10)).toString());
        assertThat(pushedContents(refundId, "taobao_refund_RefundBuyerReturnGoods")).hasSize(1);
        assertThat(refundGet(refundId).get("refund_remind_timeout").get("exist_timeout").asBoolean()).isTrue();
    }

    @Test
    void aBuyerWhoNeverShipsTheReturnHasTheRequestClosedAtTheBuyersDeadline() {
        String refundId = openRefund("RETURN_AND_REFUND", 59900, "PT1H");
        agreeReturn(refundId, 1, Map.of());

        CLOCK.advance(Duration.ofDays(7).minusMinutes(1));
        awaitTwoSweeps();
        JsonNode waiting = oracle(refundId);
        assertThat(waiting.get("status").asString()).as("no auto-refund: the merchant's clock stopped")
                .isEqualTo("WAIT_BUYER_RETURN_GOODS");
        assertThat(waiting.get("autoRefunded").asBoolean()).isFalse();

        CLOCK.advance(Duration.ofMinutes(1));
        await().atMost(Duration.ofSeconds(5)).until(() -> oracle(refundId).get("status").asString().equals("CLOSED"));
        JsonNode closed = oracle(refundId);
        assertThat(actionNames(closed)).containsExactly("AGREE_RETURN", "AUTO_CLOSE");
        assertThat(closed.get("autoRefunded").asBoolean()).isFalse();
        await().atMost(Duration.ofSeconds(5))
                .until(() -> pushedContents(refundId, "taobao_refund_RefundClosed").size() == 1);
    }

    @Test
    void theReceiptDeadlineAutoRefundsAndAnExtensionMovesIt() {
        String lapsing = returnOnItsWay("PT2H");
        String extended = returnOnItsWay("PT2H");
        assertThat(extendReceipt(extended, 3, "3").get("succ").asBoolean()).isTrue();

        CLOCK.advance(Duration.ofHours(2));
        await().atMost(Duration.ofSeconds(5)).until(() -> oracle(lapsing).get("status").asString().equals("SUCCESS"));
        assertThat(oracle(lapsing).get("autoRefunded").asBoolean()).isTrue();
        awaitTwoSweeps();
        assertThat(oracle(extended).get("status").asString()).isEqualTo("WAIT_SELLER_CONFIRM_GOODS");
        CLOCK.advance(Duration.ofDays(3));
        await().atMost(Duration.ofSeconds(5)).until(() -> oracle(extended).get("status").asString().equals("SUCCESS"));
    }

    @Test
    void anExtensionMovesTheReceiptDeadlineOnceAndIsPushed() {
        String refundId = returnOnItsWay(null);
        String before = oracle(refundId).get("deadline").asString();

        JsonNode answer = extendReceipt(refundId, 3, "5");

        assertThat(answer.get("succ").asBoolean()).isTrue();
        String moved = java.time.Instant.parse(before).plus(Duration.ofDays(5)).toString();
        assertThat(answer.get("timeout").asString()).isEqualTo(TaobaoWire.time(java.time.Instant.parse(moved)));
        JsonNode seen = oracle(refundId);
        assertThat(seen.get("deadline").asString()).isEqualTo(moved);
        assertThat(seen.get("version").asLong()).as("the request itself is unchanged").isEqualTo(3);
        assertThat(seen.get("receiptExtended").asBoolean()).isTrue();
        JsonNode action = seen.get("actions").get(1);
        assertThat(action.get("action").asString()).isEqualTo("EXTEND_RECEIPT");
        assertThat(action.get("params").get("extension").asString()).isEqualTo("PT120H");
        assertThat(refundGet(refundId).get("receipt_extended").asBoolean()).isTrue();
        await().atMost(Duration.ofSeconds(5))
                .until(() -> pushedContents(refundId, "taobao_refund_RefundTimeoutChanged").size() == 1);

        JsonNode second = extendReceipt(refundId, 3, "1");
        assertThat(second.get("succ").asBoolean()).isFalse();
        assertThat(second.get("sub_code").asString()).isEqualTo("isv.receipt-already-extended");
        assertThat(second.has("timeout")).isFalse();
        assertThat(oracle(refundId).get("deadline").asString()).isEqualTo(moved);
    }

    @Test
    void onlyAReturnWaitingForReceiptCanBeExtendedAndBadExtensionsAreRequestErrors() {
        String notShipped = openRefund("RETURN_AND_REFUND", 59900, "PT72H");
        agreeReturn(notShipped, 1, Map.of());
        assertThat(extendReceipt(notShipped, 2, "3").get("sub_code").asString()).isEqualTo("isv.refund-status-invalid");
        assertThat(extendReceipt(openRefund(), 1, "3").get("sub_code").asString()).isEqualTo("isv.refund-status-invalid");
        assertThat(extendReceipt(unique("NOPE"), 1, "3").get("sub_code").asString()).isEqualTo("isv.refund-not-exist");
        String refundId = returnOnItsWay(null);
        assertThat(extendReceipt(refundId, 2, "3").get("sub_code").asString()).isEqualTo("isv.refund-version-mismatch");

        assertThat(extendReceipt(refundId, 3, "0").get("sub_code").asString())
                .isEqualTo("isv.invalid-parameter:extend_days");
        assertThat(extendReceipt(refundId, 3, "three").get("sub_code").asString())
                .isEqualTo("isv.invalid-parameter:extend_days");
        JsonNode none = topAnswer("taobao.rp.returngoods.extend", Map.of("refund_id", refundId, "refund_version", "3"),
                "rp_returngoods_extend_response");
        assertThat(none.get("code").asInt()).isEqualTo(40);
        assertThat(none.get("sub_code").asString()).isEqualTo("isv.missing-parameter:extend_days");
        JsonNode both = topAnswer("taobao.rp.returngoods.extend", Map.of("refund_id", refundId, "refund_version", "3",
                "extend_days", "1", "extend_duration", "PT12H"), "rp_returngoods_extend_response");
        assertThat(both.get("sub_code").asString()).isEqualTo("isv.invalid-parameter:extend_duration");
        JsonNode negative = topAnswer("taobao.rp.returngoods.extend", Map.of("refund_id", refundId,
                "refund_version", "3", "extend_duration", "-PT12H"), "rp_returngoods_extend_response");
        assertThat(negative.get("sub_code").asString()).isEqualTo("isv.invalid-parameter:extend_duration");
        JsonNode seen = oracle(refundId);
        assertThat(seen.get("receiptExtended").asBoolean()).isFalse();
        assertThat(actionNames(seen)).containsExactly("AGREE_RETURN");

        JsonNode iso = topAnswer("taobao.rp.returngoods.extend", Map.of("refund_id", refundId, "refund_version", "3",
                "extend_duration", "PT36H"), "rp_returngoods_extend_response");
        assertThat(iso.get("succ").asBoolean()).isTrue();
        assertThat(oracle(refundId).get("actions").get(1).get("params").get("extension").asString()).isEqualTo("PT36H");
    }

    @Test
    void theMerchantMayAgreeOrRefuseInBothReturnStages() {
        String buyersTurn = openRefund("RETURN_AND_REFUND", 59900, "PT72H");
        agreeReturn(buyersTurn, 1, Map.of());
        assertThat(refuse(buyersTurn, 2, "chat.png").get("succ").asBoolean()).isTrue();
        assertThat(oracle(buyersTurn).get("status").asString()).isEqualTo("SELLER_REFUSE_BUYER");

        String buyersTurnAgreed = openRefund("RETURN_AND_REFUND", 59900, "PT72H");
        agreeReturn(buyersTurnAgreed, 1, Map.of());
        assertThat(agree(buyersTurnAgreed, 59900, 2).get("succ").asBoolean()).isTrue();

        String received = returnOnItsWay(null);
        assertThat(agree(received, 59900, 3).get("succ").asBoolean()).isTrue();
        assertThat(actionNames(oracle(received))).containsExactly("AGREE_RETURN", "AGREE_REFUND");
        String inspected = returnOnItsWay(null);
        assertThat(refuse(inspected, 3, "https://wh.example/inspection/1.jpg").get("succ").asBoolean()).isTrue();
    }

    @Test
    void theBuyerMayStillShipWithoutAnAgreementButNotTwiceAndAChangedRequestDropsTheAgreement() {
        String refundId = openRefund("RETURN_AND_REFUND", 59900, "PT72H");
        agreeReturn(refundId, 1, Map.of());
        Answer modified = control(refundId, "modify", "{\"amountFen\":50000}");
        assertThat(modified.json().get("status").asString()).isEqualTo("WAIT_SELLER_AGREE");
        assertThat(modified.json().get("returnAgreement").isNull()).isTrue();
        assertThat(refundGet(refundId).has("address")).isFalse();

        assertBadField(control(refundId, "return-shipment", "{\"trackingNo\":\"ZT1\"}"), "carrier");
        assertThat(control(refundId, "return-shipment", "{\"carrier\":\"ZTO\",\"trackingNo\":\"ZT1\"}").status())
                .isEqualTo(200);
        assertConflict(control(refundId, "return-shipment", "{\"carrier\":\"ZTO\",\"trackingNo\":\"ZT2\"}"),
                "REFUND_NOT_WAITING");
    }

    @Test
    void anExchangesReplacementEndsTheRequestWithoutARefundEvenPastTheReceiptDeadline() {
        String exchange = openRefund("EXCHANGE", 59900, "PT72H");
        assertThat(agreeReturn(exchange, 1, Map.of()).get("succ").asBoolean()).isTrue();
        assertThat(control(exchange, "return-shipment", "{\"carrier\":\"ZTO\",\"trackingNo\":\"ZT-EX\","
                + "\"deadlineIn\":\"PT1H\"}").status()).isEqualTo(200);

        JsonNode consigned = topAnswer("taobao.exchange.consigngoods", Map.of("refund_id", exchange,
                "refund_version", "3", "logistics_no", "T-EX-RS1", "logistics_company", "ZTO"),
                "exchange_consigngoods_response");
        assertThat(consigned.get("succ").asBoolean()).isTrue();
        JsonNode again = topAnswer("taobao.exchange.consigngoods", Map.of("refund_id", exchange,
                "refund_version", "3", "logistics_no", "T-EX-RS1"), "exchange_consigngoods_response");
        assertThat(again.get("sub_code").asString()).isEqualTo("isv.exchange-already-consigned");

        CLOCK.advance(Duration.ofHours(2)); // past the receipt deadline
        awaitTwoSweeps();
        JsonNode seen = oracle(exchange);
        assertThat(seen.get("status").asString()).isEqualTo("WAIT_BUYER_CONFIRM_EXCHANGE_SELLER_SEND_GOODS");
        assertThat(seen.get("autoRefunded").asBoolean()).isFalse();
        assertThat(actionNames(seen)).containsExactly("AGREE_RETURN", "EXCHANGE_SHIPPED");

        String returnOnly = returnOnItsWay("PT72H");
        assertThat(topAnswer("taobao.exchange.consigngoods", Map.of("refund_id", returnOnly, "refund_version", "3",
                "logistics_no", "T-X"), "exchange_consigngoods_response").get("sub_code").asString())
                .isEqualTo("isv.refund-type-invalid");
    }
}
