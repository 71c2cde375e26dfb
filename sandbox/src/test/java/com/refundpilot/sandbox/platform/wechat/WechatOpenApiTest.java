package com.refundpilot.sandbox.platform.wechat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.refundpilot.sandbox.Http.Answer;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The WeChat open API on the one refund model: access tokens, the after-sale read (seconds-left deadline, codes),
 * each action as the model call TOP makes (so the oracle records it alike), refusals as errcodes, platform isolation.
 */
class WechatOpenApiTest extends WechatTestSupport {

    private static String id(String refundId) {
        return "{\"after_sale_order_id\":\"" + refundId + "\"}";
    }

    @Test
    void tokensAreCheckedBeforeAnythingHappens() {
        assertRefused(http.get("/cgi-bin/token?grant_type=client_credential&appid=" + APP_ID + "&secret=wrong").json(),
                40125);
        assertRefused(http.get("/cgi-bin/token?grant_type=client_credential&appid=wx-other&secret=sandbox-secret")
                .json(), 40013);
        String refundId = openRefund();
        assertRefused(http.postJson("/channels/ec/aftersale/getaftersaleorder", id(refundId)).json(), 41001);
        assertRefused(api("/channels/ec/aftersale/getaftersaleorder", id(refundId), "ACCESS_forged"), 40001);

        String token = accessToken();
        assertOk(api("/channels/ec/aftersale/getaftersaleorder", id(refundId), token));
        CLOCK.advance(Duration.ofHours(2));
        assertRefused(api("/channels/ec/aftersale/acceptapply", id(refundId), token), 42001);
        assertThat(oracle(refundId).get("actions")).as("an expired token changes nothing").isEmpty();
    }

    @Test
    void theAfterSaleShowsWechatFieldsAndTheSecondsLeftOfTheMerchantsStep() {
        String refundId = openRefund("RETURN_AND_REFUND", 41900, "PT72H");
        CLOCK.advance(Duration.ofHours(2));

        JsonNode afterSale = afterSale(refundId);
        assertThat(afterSale.get("status").asString()).isEqualTo("MERCHANT_PROCESSING");
        assertThat(afterSale.get("type").asString()).isEqualTo("RETURN");
        assertThat(afterSale.get("reason").asString()).isEqualTo("10000000");
        assertThat(afterSale.get("reason_text").asString()).isEqualTo("不想要了");
        assertThat(afterSale.get("refund_info").get("amount").asLong()).isEqualTo(41900);
        assertThat(afterSale.get("product_info").get("count").asInt()).isEqualTo(1);
        assertThat(afterSale.get("deadline").asLong()).isEqualTo(Duration.ofHours(70).toSeconds());
        assertThat(afterSale.get("create_time").asLong()).isEqualTo(CLOCK.instant().minus(Duration.ofHours(2))
                .getEpochSecond());
        assertThat(afterSale.get("merchant_update_detail").isNull()).isTrue();

        JsonNode order = api("/channels/ec/order/get", "{\"order_id\":\"T-" + refundId + "\"}").get("order");
        assertThat(order.get("order_detail").get("price_info").get("order_price").asLong()).isEqualTo(59900);
        assertThat(order.get("order_detail").get("product_infos").get(0).get("sku_cnt").asInt()).isEqualTo(2);
    }

    @Test
    void acceptapplyRefundsTheApplicationsAmountOnceAndTheRepeatIsAStatusRefusal() {
        String refundId = openRefund();
        long agreeCalls = http.get(CONTROL + "/stats").json().get("agreeCalls").asLong();

        assertOk(api("/channels/ec/aftersale/acceptapply", "{\"after_sale_order_id\":\"" + refundId
                + "\",\"accept_type\":2}"));
        assertRefused(api("/channels/ec/aftersale/acceptapply", id(refundId)), 10020001);

        JsonNode seen = oracle(refundId);
        assertThat(seen.get("status").asString()).isEqualTo("SUCCESS");
        assertThat(seen.get("actions")).hasSize(1);
        assertThat(seen.get("actions").get(0).get("action").asString()).isEqualTo("AGREE_REFUND");
        assertThat(seen.get("actions").get(0).get("amountFen").asLong()).isEqualTo(59900);
        JsonNode stats = http.get(CONTROL + "/stats").json();
        assertThat(stats.get("agreeCalls").asLong()).isEqualTo(agreeCalls + 2);
        assertThat(stats.get("calls").get("/channels/ec/aftersale/acceptapply").asLong()).isGreaterThanOrEqualTo(2);
        await().atMost(Duration.ofSeconds(5)).until(() -> pushesAbout(refundId).size() == 2);
        assertThat(afterSale(refundId).get("status").asString()).isEqualTo("MERCHANT_REFUND_SUCCESS");
    }

    @Test
    void anAgreedReturnNeedsAnAddressIdFromTheAddressBook() {
        String refundId = openRefund("RETURN_AND_REFUND", 59900, "PT72H");
        assertRefused(api("/channels/ec/aftersale/acceptapply", "{\"after_sale_order_id\":\"" + refundId
                + "\",\"accept_type\":1}"), 10021060);
        assertRefused(api("/channels/ec/aftersale/acceptapply", "{\"after_sale_order_id\":\"" + refundId
                + "\",\"accept_type\":1,\"address_id\":\"404\"}"), 10021062);
        assertRefused(api("/channels/ec/merchant/address/add", "{\"address_detail\":{\"address_info\":{"
                + "\"province_name\":\"浙江省\"}}}"), 9700224);

        JsonNode added = api("/channels/ec/merchant/address/add", "{\"address_detail\":{\"name\":\"退货仓\","
                + "\"address_info\":{\"user_name\":\"仓管\",\"tel_number\":\"0571-0000\",\"province_name\":\"浙江省\","
                + "\"city_name\":\"杭州市\",\"county_name\":\"余杭区\",\"detail_info\":\"仓库路1号\"},\"recv_addr\":true}}");
        assertOk(added);
        assertOk(api("/channels/ec/aftersale/acceptapply", "{\"after_sale_order_id\":\"" + refundId
                + "\",\"accept_type\":1,\"address_id\":\"" + added.get("address_id").asString() + "\"}"));

        JsonNode agreement = oracle(refundId).get("returnAgreement");
        assertThat(agreement.get("province").asString()).isEqualTo("浙江省");
        assertThat(agreement.get("address").asString()).isEqualTo("余杭区 仓库路1号");
        JsonNode afterSale = afterSale(refundId);
        assertThat(afterSale.get("status").asString()).isEqualTo("USER_WAIT_RETURN");
        assertThat(afterSale.get("deadline").asLong()).as("the buyer's seven days to ship")
                .isEqualTo(Duration.ofDays(7).toSeconds());
    }

    @Test
    void aProposalWaitsOnTheBuyerAsUserWaitConfirmUpdateAndHerAcceptanceLowersTheAmount() {
        String refundId = openRefund();
        assertRefused(api("/channels/ec/aftersale/merchantupdateaftersale", "{\"after_sale_order_id\":\"" + refundId
                + "\",\"merchant_update_type\":3,\"type\":1,\"merchant_update_desc\":\"部分退款\","
                + "\"update_reason_type\":10}"), 9700224);
        assertOk(api("/channels/ec/aftersale/merchantupdateaftersale", "{\"after_sale_order_id\":\"" + refundId
                + "\",\"merchant_update_type\":3,\"type\":1,\"amount\":30000,\"merchant_update_desc\":\"部分退款\","
                + "\"update_reason_type\":10}"));

        JsonNode pending = afterSale(refundId);
        assertThat(pending.get("status").asString()).isEqualTo("USER_WAIT_CONFIRM_UPDATE");
        JsonNode detail = pending.get("merchant_update_detail");
        assertThat(detail.get("merchant_update_type").asInt()).isEqualTo(3);
        assertThat(detail.get("old_after_sale_amount").asLong()).isEqualTo(59900);
        assertThat(detail.get("new_after_sale_amount").asLong()).isEqualTo(30000);
        assertThat(oracle(refundId).get("actions").get(0).get("action").asString()).isEqualTo("NEGOTIATE");

        control(refundId, "negotiation", "{\"accepted\":true}");
        JsonNode answered = afterSale(refundId);
        assertThat(answered.get("status").asString()).isEqualTo("MERCHANT_PROCESSING");
        assertThat(answered.get("refund_info").get("amount").asLong()).isEqualTo(30000);
        assertThat(answered.get("merchant_update_detail").isNull()).as("shown only while pending").isTrue();
        assertOk(api("/channels/ec/aftersale/acceptapply", id(refundId)));
        assertThat(oracle(refundId).get("actions").get(1).get("action").asString()).isEqualTo("AGREE_PARTIAL_REFUND");
    }

    @Test
    void aRefusalNeedsItsCertificatesAndAStaffDisputeTakesEvidence() {
        String refundId = openRefund();
        assertRefused(api("/channels/ec/aftersale/rejectapply", "{\"after_sale_order_id\":\"" + refundId
                + "\",\"reject_reason\":\"已发货\"}"), 9700224);
        JsonNode noProof = api("/channels/ec/aftersale/rejectapply", "{\"after_sale_order_id\":\"" + refundId
                + "\",\"reject_reason\":\"已发货\",\"reject_reason_type\":1}");
        assertRefused(noProof, 9700224);
        assertThat(noProof.get("errmsg").asString()).contains("reject_certificates");
        assertOk(api("/channels/ec/aftersale/rejectapply", "{\"after_sale_order_id\":\"" + refundId
                + "\",\"reject_reason\":\"已发货\",\"reject_reason_type\":1,\"reject_certificates\":[\"ERP_RECORD:W1\"]}"));
        assertThat(afterSale(refundId).get("status").asString()).isEqualTo("MERCHANT_REJECT_REFUND");
        assertRefused(api("/channels/ec/aftersale/addcomplaintproof", "{\"complaint_id\":\"CP-" + refundId
                + "\",\"content\":\"举证\",\"media_id_list\":[\"PHOTO:https://x\"]}"), 10020000);

        control(refundId, "intervention", "{\"evidenceDeadlineIn\":\"PT48H\"}");
        assertThat(afterSale(refundId).get("complaint_id").asString()).isEqualTo("CP-" + refundId);
        assertOk(api("/channels/ec/aftersale/addcomplaintproof", "{\"complaint_id\":\"CP-" + refundId
                + "\",\"content\":\"举证\",\"media_id_list\":[\"SIGNING_PROOF:https://x/1\"]}"));

        JsonNode dispute = api("/channels/ec/aftersale/getcomplaintorder", "{\"complaint_id\":\"CP-" + refundId + "\"}");
        assertThat(dispute.get("status").asInt()).isEqualTo(106);
        assertThat(dispute.get("history").get(1).get("media_id_list").get(0).asString())
                .isEqualTo("SIGNING_PROOF:https://x/1");
        assertThat(dispute.get("proof_deadline").asLong()).isEqualTo(CLOCK.instant().plus(Duration.ofHours(48))
                .getEpochSecond());
        JsonNode actions = oracle(refundId).get("actions");
        assertThat(actions.get(0).get("action").asString()).isEqualTo("REFUSE");
        assertThat(actions.get(1).get("action").asString()).isEqualTo("UPLOAD_EVIDENCE");
    }

    @Test
    void anotherPlatformsRefundDoesNotExistForWechat() {
        String refundId = unique("T");
        Answer created = http.postJson("/sandbox/platforms/taobao/refunds", refundJson(refundId, "REFUND_ONLY", 100,
                "PT72H", ""));
        assertThat(created.status()).isEqualTo(201);
        assertRefused(api("/channels/ec/aftersale/getaftersaleorder", id(refundId)), 10020000);
        assertRefused(api("/channels/ec/aftersale/acceptapply", id(refundId)), 10020000);
        assertThat(http.get(REFUNDS + refundId).status()).isEqualTo(404);
        assertThat(http.get("/sandbox/platforms/taobao/refunds/" + refundId).json().get("actions")).isEmpty();
    }

    @Test
    void anOrderComplaintIsAnsweredOnceAndCapabilitiesAreWechatsPublicOnes() {
        String complaintId = unique("WC");
        http.postJson(CONTROL + "/complaints", "{\"shopId\":\"shop-w\",\"orderId\":\"T-" + complaintId
                + "\",\"complaintId\":\"" + complaintId + "\",\"kind\":\"LATE_SHIPMENT\",\"deadlineIn\":\"PT24H\","
                + "\"promisedShipBy\":\"2026-11-09T10:00:00Z\",\"orderPaidFen\":59900}");
        JsonNode complaint = api("/channels/ec/ordercomplaint/get", "{\"order_complaint_id\":\"" + complaintId + "\"}")
                .get("order_complaint");
        assertThat(complaint.get("complaint_type").asInt()).isEqualTo(1);
        assertThat(complaint.get("deadline").asLong()).isEqualTo(Duration.ofHours(24).toSeconds());
        assertThat(complaint.get("promised_ship_time").asLong()).isEqualTo(java.time.Instant.parse("2026-11-09T10:00:00Z").getEpochSecond());

        assertRefused(api("/channels/ec/ordercomplaint/answer", "{\"order_complaint_id\":\"" + complaintId
                + "\",\"answer\":2,\"compensation_amount\":100}"), 9700224);
        assertOk(api("/channels/ec/ordercomplaint/answer", "{\"order_complaint_id\":\"" + complaintId
                + "\",\"answer\":1,\"compensation_amount\":17970}"));
        assertRefused(api("/channels/ec/ordercomplaint/answer", "{\"order_complaint_id\":\"" + complaintId
                + "\",\"answer\":1}"), 10020001);
        JsonNode seen = http.get(CONTROL + "/complaints/" + complaintId).json();
        assertThat(seen.get("actions").get(0).get("action").asString()).isEqualTo("ACCEPT_COMPLAINT");
        assertThat(seen.get("actions").get(1).get("action").asString()).isEqualTo("COMPENSATE");

        // the public calls, then the assumed ones (the chat, these complaint answers); never the receipt extension
        JsonNode capabilities = http.get(CONTROL + "/capabilities").json();
        assertThat(capabilities.get("actions").toString()).isEqualTo(
                "[\"AGREE_REFUND\",\"AGREE_PARTIAL_REFUND\",\"REFUSE\",\"NEGOTIATE\",\"AGREE_RETURN\","
                        + "\"UPLOAD_EVIDENCE\",\"EXCHANGE_SHIPPED\",\"SEND_BUYER_MESSAGE\",\"ACCEPT_COMPLAINT\","
                        + "\"REJECT_COMPLAINT\",\"COMPENSATE\"]");
        assertThat(capabilities.get("assumed").toString()).isEqualTo(
                "[\"SEND_BUYER_MESSAGE\",\"ACCEPT_COMPLAINT\",\"REJECT_COMPLAINT\",\"COMPENSATE\"]");
    }
}
