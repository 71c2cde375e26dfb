package com.refundpilot.sandbox.platform.wechat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.refundpilot.sandbox.Http.Answer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A WeChat refund's changes are pushed as secure-mode events: encrypted, signed over the ciphertext, carrying the
 * after-sale's ID and status only; staff push the 纠纷单's own event; duplicates re-send the same plaintext.
 */
class WechatPushesTest extends WechatTestSupport {

    @Test
    void aNewRequestIsPushedEncryptedAndSignedWithItsStatusOnly() {
        String refundId = openRefund();

        List<Push> pushes = pushesAbout(refundId);
        assertThat(pushes).hasSize(1);
        Push push = pushes.get(0);
        assertThat(push.query().get("timestamp")).isEqualTo(Long.toString(CLOCK.instant().getEpochSecond()));
        assertThat(push.query().get("signature")).isEqualTo(sha1(TOKEN, push.query().get("timestamp"),
                push.query().get("nonce")));
        assertThat(push.outer().get("ToUserName").asString()).isEqualTo("gh_shop-w");
        JsonNode event = push.event();
        assertThat(event.get("Event").asString()).isEqualTo("channels_ec_aftersale_update");
        assertThat(event.get("MsgType").asString()).isEqualTo("event");
        assertThat(event.get("CreateTime").asLong()).isEqualTo(CLOCK.instant().getEpochSecond());
        JsonNode body = event.get("finder_shop_aftersale_status_update");
        assertThat(body.get("status").asString()).isEqualTo("MERCHANT_PROCESSING");
        assertThat(body.get("after_sale_order_id").asString()).isEqualTo(refundId);
        assertThat(body.get("order_id").asString()).isEqualTo("T-" + refundId);
        assertThat(body.size()).as("no detail: the merchant fetches it").isEqualTo(3);

        JsonNode delivery = oracle(refundId).get("webhooks").get(0);
        assertThat(delivery.get("topic").asString()).isEqualTo("channels_ec_aftersale_update");
        assertThat(delivery.get("msgId").asString()).isEqualTo("channels_ec_aftersale_update:" + refundId
                + ":MERCHANT_PROCESSING:" + CLOCK.instant().getEpochSecond());
        assertThat(STUB.receivedOn(WEBHOOK_PATH, refundId)).as("nothing in TMC").isEmpty();
    }

    @Test
    void aDuplicateDeliveryHasTheSamePlaintextButAFreshCiphertext() {
        String refundId = unique("W");
        Answer created = http.postJson(CONTROL + "/refunds", refundJson(refundId, "REFUND_ONLY", 59900, "PT72H",
                ",\"deliveries\":2"));
        assertThat(created.json().get("pushes").toString()).isEqualTo("[200,200]");

        List<Push> pushes = pushesAbout(refundId);
        assertThat(pushes).hasSize(2);
        assertThat(pushes.get(1).event()).isEqualTo(pushes.get(0).event());
        assertThat(pushes.get(1).outer().get("Encrypt").asString())
                .isNotEqualTo(pushes.get(0).outer().get("Encrypt").asString());
    }

    @Test
    void staffInterveningPushTheDisputeAndTheirVerdictPushesDisputeAndAfterSale() {
        String refundId = openRefund();
        control(refundId, "intervention", "{\"evidenceDeadlineIn\":\"PT48H\"}");

        JsonNode dispute = pushesAbout(refundId, "channels_ec_complaint_update").get(0).event()
                .get("finder_shop_complaint");
        assertThat(dispute.get("complaint_status").asInt()).isEqualTo(106);
        assertThat(dispute.get("complaint_id").asString()).isEqualTo("CP-" + refundId);
        assertThat(dispute.get("after_sale_order_id").asString()).isEqualTo(refundId);

        CLOCK.advance(Duration.ofHours(1));
        control(refundId, "verdict", "{\"for\":\"BUYER\"}");
        List<Push> disputes = pushesAbout(refundId, "channels_ec_complaint_update");
        assertThat(disputes).hasSize(2);
        assertThat(disputes.get(1).event().get("finder_shop_complaint").get("complaint_status").asInt())
                .isEqualTo(112);
        List<Push> afterSales = pushesAbout(refundId, "channels_ec_aftersale_update");
        assertThat(afterSales.get(afterSales.size() - 1).event().get("finder_shop_aftersale_status_update")
                .get("status").asString()).isEqualTo("MERCHANT_REFUND_SUCCESS");
        assertThat(afterSale(refundId).get("refund_info").get("refund_reason").asInt()).as("平台介入纠纷退款")
                .isEqualTo(5);
    }

    @Test
    void eachBuyerChangeIsAnAfterSaleUpdateWithTheStatusItLeft() {
        String refundId = openRefund("RETURN_AND_REFUND", 59900, "PT72H");
        CLOCK.advance(Duration.ofMinutes(1));
        control(refundId, "buyer-messages", "{\"says\":\"RECEIVED\"}");
        CLOCK.advance(Duration.ofMinutes(1));
        control(refundId, "return-shipment", "{\"carrier\":\"ZTO\",\"trackingNo\":\"ZT-" + refundId + "\"}");
        CLOCK.advance(Duration.ofMinutes(1));
        control(refundId, "close", "");

        List<String> statuses = pushesAbout(refundId, "channels_ec_aftersale_update").stream()
                .map(p -> p.event().get("finder_shop_aftersale_status_update").get("status").asString()).toList();
        assertThat(statuses).containsExactly("MERCHANT_PROCESSING", "MERCHANT_PROCESSING", "MERCHANT_WAIT_RECEIPT",
                "USER_CANCELD");
    }

    @Test
    void aPassedDeadlineRefundsAndIsPushedAsRefundSuccessForWechat() {
        String refundId = openRefund("REFUND_ONLY", 59900, "PT1H");
        long before = http.get(CONTROL + "/stats").json().get("autoRefunds").asLong();

        CLOCK.advance(Duration.ofHours(1));

        await().atMost(Duration.ofSeconds(5)).until(() -> pushesAbout(refundId).size() == 2);
        assertThat(pushesAbout(refundId).get(1).event().get("finder_shop_aftersale_status_update").get("status")
                .asString()).isEqualTo("MERCHANT_REFUND_SUCCESS");
        assertThat(afterSale(refundId).get("refund_info").get("refund_reason").asInt()).as("超时自动同意").isEqualTo(9);
        assertThat(http.get(CONTROL + "/stats").json().get("autoRefunds").asLong()).isEqualTo(before + 1);
    }

    @Test
    void anOrderComplaintIsPushedAsTheAssumedOrderComplaintEvent() {
        String complaintId = unique("WC");
        Answer filed = http.postJson(CONTROL + "/complaints", "{\"shopId\":\"shop-w\",\"orderId\":\"T-" + complaintId
                + "\",\"complaintId\":\"" + complaintId + "\",\"kind\":\"LATE_SHIPMENT\",\"deadlineIn\":\"PT24H\"}");
        assertThat(filed.status()).isEqualTo(201);

        JsonNode info = pushesAbout(complaintId, "channels_ec_order_complaint_update").get(0).event()
                .get("order_complaint_info");
        assertThat(info.get("status").asString()).isEqualTo("WAIT_MERCHANT_HANDLE");
        assertThat(info.get("order_complaint_id").asString()).isEqualTo(complaintId);
    }
}
