package com.refundpilot.sandbox.platform.jd;

import static org.assertj.core.api.Assertions.assertThat;

import com.refundpilot.sandbox.Http.Answer;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A JD bill's changes are pushed as signed JD message batches carrying IDs only, to /webhooks/jd. */
class JdPushesTest extends JdTestSupport {

    @Test
    void aNewRequestIsPushedAsASignedBatchWhoseContentNamesTheBillAndItsStage() {
        String refundId = unique("JD");
        Answer created = http.postJson(CONTROL + "/refunds", refundJson(refundId, "RETURN_AND_REFUND", 41900,
                ",\"deliveries\":2"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("pushes").toString()).isEqualTo("[200,200]");

        List<Pushed> pushes = pushesAbout(refundId);
        assertThat(pushes).hasSize(2);
        assertSigned(pushes.get(0).delivery());
        Pushed first = pushes.get(0);
        assertThat(first.topic()).isEqualTo("jos_afs_service_create");
        assertThat(first.message().get("msgId").asString()).startsWith("jd-");
        assertThat(first.message().get("venderId").asString()).isEqualTo("shop-1");
        assertThat(first.message().get("pubTime").asString()).isEqualTo(time(CLOCK.instant()));
        JsonNode content = first.content();
        assertThat(content.get("serviceId").asString()).isEqualTo(refundId);
        assertThat(content.get("orderId").asString()).isEqualTo("T-" + refundId);
        assertThat(content.get("customerExpect").asInt()).isEqualTo(10);
        assertThat(content.get("afsServiceStep").asInt()).isEqualTo(22);
        assertThat(content.get("sysVersion").asLong()).isEqualTo(1);
        assertThat(content.has("processExpireTime")).as("no deadline in a message: read the bill").isFalse();
        // A duplicate delivery is the same batch again: same bytes, same msgId
        assertThat(pushes.get(1).delivery().body()).isEqualTo(first.delivery().body());
        JsonNode delivery = oracle(refundId).get("webhooks").get(0);
        assertThat(delivery.get("topic").asString()).isEqualTo("jos_afs_service_create");
        assertThat(delivery.get("msgId").asString()).isEqualTo(first.message().get("msgId").asString());
        assertThat(STUB.receivedOn(WEBHOOK_PATH, refundId)).as("nothing in TMC").isEmpty();
    }

    @Test
    void aBuyerMessageAndANegotiationAnswerNameWhatChanged() {
        String refundId = openRefund();
        control(refundId, "buyer-messages", "{\"says\":\"RECEIVED\"}");
        JsonNode messageContent = pushes(refundId, "jos_afs_track_message").get(0).content();
        long messageId = messageContent.get("afsMessageId").asLong();
        JsonNode message = view(refundId).get("afsMessages").get(0);
        assertThat(message.get("afsMessageId").asLong()).isEqualTo(messageId);
        assertThat(message.get("role").asInt()).isEqualTo(1);
        assertThat(message.get("context").asString()).isEqualTo("收到了");

        JsonNode proposed = result(call("jingdong.asc.audit.waitFeedback", java.util.Map.of("serviceId", refundId,
                "sysVersion", "1", "approveNotes", "请补充商品照片")), "jingdong.asc.audit.waitFeedback");
        assertThat(proposed.get("success").asBoolean()).isTrue();
        control(refundId, "negotiation", "{\"accepted\":false}");
        JsonNode answer = pushes(refundId, "jos_afs_feedback_answer").get(0).content();
        assertThat(answer.get("feedbackId").asLong()).isEqualTo(proposed.get("feedbackId").asLong());
        JsonNode feedback = view(refundId).get("feedbacks").get(0);
        assertThat(feedback.get("feedbackType").asInt()).isEqualTo(4);
        assertThat(feedback.get("status").asInt()).isEqualTo(2);
    }

    @Test
    void aComplaintIsPushedByItsOwnIdWithoutAServiceId() {
        String complaintId = unique("JDC");
        Answer filed = http.postJson(CONTROL + "/complaints", "{\"shopId\":\"shop-1\",\"orderId\":\"T-" + complaintId
                + "\",\"complaintId\":\"" + complaintId + "\",\"kind\":\"LATE_SHIPMENT\",\"deadlineIn\":\"PT24H\"}");
        assertThat(filed.status()).isEqualTo(201);

        Pushed pushed = pushes(complaintId, "jos_complaint_create").get(0);
        assertSigned(pushed.delivery());
        assertThat(pushed.content().get("complaintId").asString()).isEqualTo(complaintId);
        assertThat(pushed.content().has("serviceId")).isFalse();
        JsonNode complaint = result(call("jingdong.asc.complaint.view", java.util.Map.of("complaintId", complaintId)),
                "jingdong.asc.complaint.view").get("data");
        assertThat(complaint.get("complaintType").asInt()).isEqualTo(1);
        assertThat(complaint.get("status").asInt()).isEqualTo(1);
        assertThat(complaint.get("expireTime").asString()).isEqualTo(time(CLOCK.instant().plus(
                java.time.Duration.ofHours(24))));
    }
}
