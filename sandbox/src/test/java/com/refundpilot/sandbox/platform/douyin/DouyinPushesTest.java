package com.refundpilot.sandbox.platform.douyin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.refundpilot.sandbox.Http;
import com.refundpilot.sandbox.Http.Answer;
import com.refundpilot.sandbox.StubReceiver.Received;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The Douyin pushes: a JSON array of {tag, msg_id, data-as-a-string}, signed with app-id and event-sign over the exact
 * bytes; a re-delivery is the same bytes; a verdict comes as a batch of two messages; each message is recorded on the
 * oracle with its name and msg_id.
 */
class DouyinPushesTest extends DouyinTestSupport {

    @Test
    void aNewRequestIsPushedAsTag200WithItsDataAsAJsonStringSignedOverTheExactBytes() {
        String refundId = unique("DY");
        Answer created = http.postJson("/sandbox/platforms/douyin/refunds",
                refundJson(refundId, "shop-1", "RETURN_AND_REFUND", 45900, "PT48H").replace("}", ",\"deliveries\":2}"));

        assertThat(created.json().get("pushes").toString()).isEqualTo("[200,200]");
        List<Received> batches = batchesAbout(refundId);
        assertThat(batches).hasSize(2);
        assertThat(batches.get(1).body()).isEqualTo(batches.get(0).body()); // a duplicate: the same bytes
        assertSignedBatch(batches.get(0));
        JsonNode batch = Http.parse(batches.get(0).text());
        assertThat(batch.isArray()).isTrue();
        assertThat(batch.get(0).get("tag").asString()).isEqualTo("200");
        assertThat(batch.get(0).get("data").isString()).isTrue();
        JsonNode data = Http.parse(batch.get(0).get("data").asString());
        assertThat(data.get("aftersale_id").asString()).isEqualTo(refundId);
        assertThat(data.get("p_id").asString()).isEqualTo("T-" + refundId);
        assertThat(data.get("shop_id").asString()).isEqualTo("shop-1");
        assertThat(data.get("aftersale_status").asInt()).isEqualTo(6);
        assertThat(data.get("aftersale_type").asInt()).isEqualTo(0);
        assertThat(data.get("refund_amount").asLong()).isEqualTo(45900);
        assertThat(data.get("apply_time").asLong()).isEqualTo(CLOCK.instant().getEpochSecond());
        assertThat(data.get("update_time").asString()).endsWith("+08:00");
        JsonNode oracle = oracle(refundId);
        assertThat(oracle.get("webhooks").get(0).get("topic").asString()).isEqualTo("doudian_refund_RefundCreated");
        assertThat(oracle.get("webhooks").get(0).get("msgId").asString()).isEqualTo(batch.get(0).get("msg_id")
                .asString());
    }

    @Test
    void aBuyersChangeIsTag208AndMovesUpdateTimeStrictlyForward() {
        String refundId = openRefund("REFUND_ONLY");
        long before = updateTime(refundId);

        control(refundId, "modify", "{\"amountFen\":30000}");

        Message modified = messages(refundId, "208").get(0);
        assertThat(modified.data().get("refund_amount").asLong()).isEqualTo(30000);
        assertThat(modified.data().has("modify_time")).isTrue();
        long after = updateTime(refundId);
        assertThat(after).isGreaterThan(before); // the same virtual second, still a new version
        assertThat(modified.data().get("update_time").asString()).isNotEqualTo(
                messages(refundId, "200").get(0).data().get("update_time").asString());
    }

    @Test
    void aStaffVerdictForTheBuyerIsOneBatchOfTheVerdictThenTheRefund() {
        String refundId = openRefund("REFUND_ONLY");
        control(refundId, "intervention", "{\"evidenceDeadlineIn\":\"PT48H\"}");
        assertThat(messages(refundId, "217")).hasSize(1);

        control(refundId, "verdict", "{\"for\":\"BUYER\"}");

        Received last = batchesAbout(refundId).get(batchesAbout(refundId).size() - 1);
        JsonNode batch = Http.parse(last.text());
        assertThat(batch.size()).isEqualTo(2);
        assertThat(batch.get(0).get("tag").asString()).isEqualTo("216");
        assertThat(Http.parse(batch.get(0).get("data").asString()).get("arbitrate_conclusion").asInt()).isEqualTo(1);
        assertThat(batch.get(1).get("tag").asString()).isEqualTo("206");
        assertThat(Http.parse(batch.get(1).get("data").asString()).get("aftersale_status").asInt()).isEqualTo(12);
    }

    @Test
    void aVerdictForTheMerchantClosesWithConclusion2() {
        String refundId = openRefund("REFUND_ONLY");

        control(refundId, "verdict", "{\"for\":\"MERCHANT\"}");

        assertThat(messages(refundId, "216").get(0).data().get("arbitrate_conclusion").asInt()).isEqualTo(2);
        assertThat(messages(refundId, "207").get(0).data().get("aftersale_status").asInt()).isEqualTo(28);
    }

    @Test
    void theAssumedBuyerMessageAndNegotiationTagsNameWhatChanged() {
        String refundId = openRefund("REFUND_ONLY");
        control(refundId, "buyer-messages", "{\"says\":\"RECEIVED\"}");
        Message written = messages(refundId, "9001").get(0);
        assertThat(written.data().get("message_id").asLong()).isPositive();

        Answer negotiated = api("afterSale/negotiate", "{\"aftersale_id\":\"" + refundId + "\",\"update_time\":"
                + updateTime(refundId) + ",\"negotiate_type\":3,\"message\":\"亲，撤销一下吧\"}");
        assertSuccess(negotiated);
        control(refundId, "negotiation", "{\"accepted\":false}");
        Message answered = messages(refundId, "9002").get(0);
        assertThat(answered.data().get("negotiation_id").asString())
                .isEqualTo(negotiated.json().get("data").get("negotiation_id").asString());
    }

    @Test
    void aShippedReturnIsTag203WithItsWaybillAndAnAutoRefundIs206() {
        String refundId = openRefund("RETURN_AND_REFUND");
        control(refundId, "return-shipment", "{\"carrier\":\"YTO\",\"trackingNo\":\"YT-" + refundId
                + "\",\"deadlineIn\":\"PT1H\"}");
        Message shipped = messages(refundId, "203").get(0);
        assertThat(shipped.data().get("logistics").asString()).isEqualTo("YT-" + refundId);
        assertThat(shipped.data().get("aftersale_status").asInt()).isEqualTo(11);

        CLOCK.advance(Duration.ofHours(2));

        await().atMost(Duration.ofSeconds(5)).until(() -> !messages(refundId, "206").isEmpty());
        assertThat(oracle(refundId).get("autoRefunded").asBoolean()).isTrue();
    }
}
