package com.refundpilot.sandbox.platform.douyin;

import static org.assertj.core.api.Assertions.assertThat;

import com.refundpilot.sandbox.Http.Answer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The sandbox's assumed calls (no public Douyin call found): 协商 and its list, the after-sale chat, complaints. They
 * run on the same model calls as TOP's, so a negotiated partial refund ends as AGREE_PARTIAL_REFUND on the oracle even
 * though operate itself takes no amount.
 */
class DouyinAssumedCallsTest extends DouyinTestSupport {

    @Test
    void aPartialRefundIsANegotiatedChangeThenAnAgreeOfTheNewAmount() {
        String refundId = openRefund("REFUND_ONLY");
        long proposedAt = updateTime(refundId);

        assertRefused(api("afterSale/negotiate", "{\"aftersale_id\":\"" + refundId + "\",\"update_time\":" + proposedAt
                + ",\"negotiate_type\":1,\"message\":\"退一部分\"}"), 40001, "isv.missing-parameter:refund_amount");
        assertSuccess(api("afterSale/negotiate", "{\"aftersale_id\":\"" + refundId + "\",\"update_time\":" + proposedAt
                + ",\"negotiate_type\":1,\"refund_amount\":41930,\"message\":\"定制商品已开工，退款 419.30\"}"));
        assertRefused(api("afterSale/negotiate", "{\"aftersale_id\":\"" + refundId + "\",\"update_time\":" + proposedAt
                + ",\"negotiate_type\":3,\"message\":\"再问一次\"}"), 50002, "isv.business-failed:negotiation-pending");

        control(refundId, "negotiation", "{\"accepted\":true}");

        JsonNode negotiation = api("afterSale/negotiationList", "{\"aftersale_id\":\"" + refundId + "\"}").json()
                .get("data").get("negotiations").get(0);
        assertThat(negotiation.get("negotiate_type").asInt()).isEqualTo(1);
        assertThat(negotiation.get("status").asInt()).isEqualTo(1);
        assertThat(negotiation.get("accepted_amount").asLong()).isEqualTo(41930);
        assertThat(negotiation.get("update_time").asLong()).isEqualTo(proposedAt);
        assertThat(info(refundId).get("refund_total_amount").asLong()).isEqualTo(41930);

        assertSuccess(api("afterSale/operate", "{\"type\":201,\"items\":[{\"aftersale_id\":\"" + refundId
                + "\",\"update_time\":" + updateTime(refundId) + "}]}"));
        JsonNode oracle = oracle(refundId);
        assertThat(oracle.get("actions").findValuesAsString("action")).containsExactly("NEGOTIATE",
                "AGREE_PARTIAL_REFUND");
        assertThat(oracle.get("refundedFen").asLong()).isEqualTo(41930);
        assertThat(info(refundId).get("part_type").asInt()).isEqualTo(1);
    }

    @Test
    void theChatShowsTheBuyersWordsAndTheMerchantsAnswer() {
        String refundId = openRefund("REFUND_ONLY");
        control(refundId, "buyer-messages", "{\"text\":\"我没收到货\",\"photos\":true}");

        assertSuccess(api("afterSale/messageAdd", "{\"aftersale_id\":\"" + refundId + "\",\"content\":\"亲，已为您核实\"}"));

        JsonNode messages = api("afterSale/messageList", "{\"aftersale_id\":\"" + refundId + "\"}").json().get("data")
                .get("messages");
        assertThat(messages.get(0).get("role").asInt()).isEqualTo(1);
        assertThat(messages.get(0).get("content").asString()).isEqualTo("我没收到货");
        assertThat(messages.get(0).get("images").size()).isEqualTo(2);
        assertThat(messages.get(0).get("message_id").asString())
                .isEqualTo(messages(refundId, "9001").get(0).data().get("message_id").asString());
        assertThat(messages.get(1).get("role").asInt()).isEqualTo(2);
        assertThat(oracle(refundId).get("buyerMessages").get(0).get("text").asString()).isEqualTo("亲，已为您核实");
    }

    @Test
    void aComplaintIsPushedReadAndAnsweredOnce() {
        String complaintId = unique("DYC");
        Answer filed = http.postJson("/sandbox/platforms/douyin/complaints", "{\"shopId\":\"shop-1\",\"orderId\":\"T-"
                + complaintId + "\",\"complaintId\":\"" + complaintId + "\",\"kind\":\"LATE_SHIPMENT\","
                + "\"deadlineIn\":\"PT24H\",\"promisedShipBy\":\"2026-11-09T02:00:00Z\","
                + "\"shippedAt\":\"2026-11-10T02:00:00Z\"}");
        assertThat(filed.status()).isEqualTo(201);
        Message pushed = messages(complaintId, "9011").get(0);
        assertThat(pushed.data().get("p_id").asString()).isEqualTo("T-" + complaintId);

        JsonNode complaint = api("complaint/detail", "{\"complaint_id\":\"" + complaintId + "\"}").json().get("data");
        assertThat(complaint.get("complaint_type").asInt()).isEqualTo(1);
        assertThat(complaint.get("promised_ship_time").asLong()).isEqualTo(java.time.Instant.parse("2026-11-09T02:00:00Z").getEpochSecond());
        assertThat(complaint.get("status").asInt()).isEqualTo(1);

        assertRefused(api("complaint/answer", "{\"complaint_id\":\"" + complaintId + "\",\"answer\":2,"
                + "\"compensation_amount\":500}"), 40004, "isv.parameter-invalid:compensation_amount");
        assertSuccess(api("complaint/answer", "{\"complaint_id\":\"" + complaintId + "\",\"answer\":1,"
                + "\"compensation_amount\":1500,\"comment\":\"发货晚了，补偿15元\"}"));
        assertRefused(api("complaint/answer", "{\"complaint_id\":\"" + complaintId + "\",\"answer\":1}"), 50002,
                "isv.business-failed:complaint-already-answered");
        JsonNode after = http.get(COMPLAINTS + complaintId).json();
        assertThat(after.get("actions").findValuesAsString("action")).containsExactly("ACCEPT_COMPLAINT", "COMPENSATE");
        assertThat(api("complaint/detail", "{\"complaint_id\":\"" + complaintId + "\"}").json().get("data")
                .get("merchant_answer").asInt()).isEqualTo(1);
    }
}
