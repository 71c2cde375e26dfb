package com.refundpilot.sandbox.platform.pdd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.refundpilot.sandbox.Http.Answer;
import com.refundpilot.sandbox.StubReceiver.Received;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A Pinduoduo refund's changes are pushed as PDD message frames: IDs only, signed over the exact bytes. */
class PddPushesTest extends PddTestSupport {

    @Test
    void aNewRefundIsPushedAsASignedRefundCreatedFrameWithIdsOnly() {
        String refundId = unique("P");
        Answer created = http.postJson("/sandbox/platforms/pinduoduo/refunds",
                refundJson(refundId, "RETURN_AND_REFUND", 41900, "PT72H", ""));
        assertThat(created.json().get("pushes").toString()).isEqualTo("[200]");

        List<Received> pushes = framesAbout(refundId);
        assertThat(pushes).hasSize(1);
        assertSignedPush(pushes.get(0));
        JsonNode frame = frames(refundId, "pdd_refund_RefundCreated").get(0);
        assertThat(frame.get("commandType").asString()).isEqualTo("Common");
        assertThat(frame.get("id").isIntegralNumber()).isTrue();
        assertThat(frame.get("sendTime").asLong()).isEqualTo(CLOCK.millis());
        assertThat(frame.get("message").get("mallID").asString()).isEqualTo("shop-1");
        assertThat(frame.get("message").get("content").isString()).as("content is a JSON string").isTrue();
        JsonNode content = content(frame);
        assertThat(content.get("refund_id").asString()).isEqualTo(refundId);
        assertThat(content.get("tid").asString()).isEqualTo("T-" + refundId);
        assertThat(content.get("bill_type").asInt()).as("detail numbering: 2 return").isEqualTo(2);
        assertThat(content.get("refund_fee").asLong()).as("fen").isEqualTo(41900);
        assertThat(content.get("modified").asLong()).isEqualTo(CLOCK.millis());
        assertThat(content.has("after_sales_status")).as("no status in a message").isFalse();

        JsonNode delivery = oracle(refundId).get("webhooks").get(0);
        assertThat(delivery.get("topic").asString()).isEqualTo("pdd_refund_RefundCreated");
        assertThat(delivery.get("msgId").asString()).isEqualTo(frame.get("id").asString());
        assertThat(STUB.receivedOn(WEBHOOK_PATH, refundId)).as("nothing on Taobao's webhook").isEmpty();
    }

    @Test
    void aDuplicateDeliveryResendsTheIdenticalFrame() {
        String refundId = unique("P");
        http.postJson("/sandbox/platforms/pinduoduo/refunds",
                refundJson(refundId, "REFUND_ONLY", 59900, "PT72H", ",\"deliveries\":2"));
        List<Received> pushes = framesAbout(refundId);
        assertThat(pushes).hasSize(2);
        assertThat(pushes.get(1).text()).isEqualTo(pushes.get(0).text());
    }

    @Test
    void anAgreePushesRefundAgreeAgreementWithTheAmountRefundedAndAWithdrawalRefundClosed() {
        String agreed = openRefund("REFUND_ONLY", 30000);
        assertSucceeded(callOn("pdd.refund.agree", agreed, Map.of()));
        await().atMost(Duration.ofSeconds(5)).until(() -> !frames(agreed, "pdd_refund_RefundAgreeAgreement").isEmpty());
        assertThat(content(frames(agreed, "pdd_refund_RefundAgreeAgreement").get(0)).get("refund_fee").asLong())
                .isEqualTo(30000);

        String withdrawn = openRefund("REFUND_ONLY", 30000);
        assertThat(control(withdrawn, "close", "").json().get("pushes").toString()).isEqualTo("[200]");
        assertThat(frames(withdrawn, "pdd_refund_RefundClosed")).hasSize(1);
    }

    @Test
    void theAssumedTypesNameTheChatMessageAndTheNegotiation() {
        String refundId = openRefund("REFUND_ONLY", 59900);
        control(refundId, "buyer-messages", "{\"says\":\"RECEIVED\"}");
        JsonNode message = content(frames(refundId, "pdd_refund_RefundCreateMessage").get(0));
        assertThat(message.get("message_id").isIntegralNumber()).isTrue();

        assertSucceeded(callOn("pdd.refund.negotiate", refundId, Map.of("negotiate_type", "PARTIAL_REFUND",
                "refund_amount", "30000", "message", "退一半可以吗")));
        control(refundId, "negotiation", "{\"accepted\":true}");
        JsonNode answered = content(frames(refundId, "pdd_refund_RefundNegotiationAnswered").get(0));
        assertThat(answered.get("negotiation_id").isIntegralNumber()).isTrue();
        assertThat(answered.get("refund_fee").asLong()).as("the accepted amount is asked now").isEqualTo(30000);
    }

    @Test
    void complaintsArePushedWithTheComplaintIdAndNoRefundId() {
        String complaintId = unique("PC");
        Answer filed = http.postJson("/sandbox/platforms/pinduoduo/complaints", "{\"shopId\":\"shop-1\",\"orderId\":\"T-"
                + complaintId + "\",\"complaintId\":\"" + complaintId + "\",\"kind\":\"LATE_SHIPMENT\"}");
        assertThat(filed.status()).isEqualTo(201);
        JsonNode content = content(frames(complaintId, "pdd_complaint_ComplaintCreated").get(0));
        assertThat(content.get("complaint_id").asString()).isEqualTo(complaintId);
        assertThat(content.has("refund_id")).isFalse();
    }
}
