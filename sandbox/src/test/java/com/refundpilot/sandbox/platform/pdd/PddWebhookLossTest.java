package com.refundpilot.sandbox.platform.pdd;

import static org.assertj.core.api.Assertions.assertThat;

import com.refundpilot.sandbox.Http.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Pinduoduo loses frames on request, as Taobao does; the lost frames can be delivered late, unchanged. */
class PddWebhookLossTest extends PddTestSupport {

    private static final String LOSS = "/sandbox/platforms/pinduoduo/webhook-loss";

    @AfterEach
    void stopLosing() {
        http.postJson(LOSS, "{\"dropNext\":0}");
        http.postJson(LOSS + "/deliver-held", "");
    }

    @Test
    void aLostFrameNeverReachesTheMerchantAndOnlyTheMatchingOnesAreLost() {
        String refundId = unique("P-LOSS");
        http.postJson(LOSS, "{\"dropNext\":1,\"topic\":\"pdd_refund_RefundCreated\",\"refundId\":\"" + refundId
                + "\"}");

        Answer opened = http.postJson("/sandbox/platforms/pinduoduo/refunds",
                refundJson(refundId, "REFUND_ONLY", 59900, "PT72H", ""));

        assertThat(opened.json().get("pushes").toString()).isEqualTo("[0]");
        assertThat(frames(refundId, "pdd_refund_RefundCreated")).isEmpty();
        JsonNode after = http.get(LOSS).json();
        assertThat(after.get("dropNext").asInt()).isZero();
        assertThat(after.get("dropped").asLong()).isPositive();
        assertThat(after.get("held").get(0).get("refundId").asString()).isEqualTo(refundId);
        assertThat(after.get("held").get(0).get("topic").asString()).isEqualTo("pdd_refund_RefundCreated");
        assertThat(control(refundId, "close", "").json().get("pushes").toString()).as("only the next one")
                .isEqualTo("[200]");
    }

    @Test
    void aHeldFrameIsDeliveredLateWithItsOwnId() {
        String refundId = unique("P-LATE");
        http.postJson(LOSS, "{\"dropNext\":1,\"refundId\":\"" + refundId + "\"}");
        http.postJson("/sandbox/platforms/pinduoduo/refunds", refundJson(refundId, "REFUND_ONLY", 59900, "PT72H", ""));
        String lostId = http.get(LOSS).json().get("held").get(0).get("msgId").asString();

        JsonNode delivered = http.postJson(LOSS + "/deliver-held", "").json().get("pushes");

        assertThat(delivered).hasSize(1);
        assertThat(delivered.get(0).get("msgId").asString()).isEqualTo(lostId);
        assertThat(delivered.get(0).get("status").asInt()).isEqualTo(200);
        assertThat(frames(refundId, "pdd_refund_RefundCreated")).singleElement()
                .satisfies(frame -> assertThat(frame.get("id").asString()).isEqualTo(lostId));
        assertThat(http.get(LOSS).json().get("held")).isEmpty();
    }

    @Test
    void theRuleIsValidated() {
        assertBadField(http.postJson(LOSS, "{\"dropNext\":-1}"), "dropNext");
        assertBadField(http.postJson(LOSS, "{}"), "dropNext");
    }

    private static void assertBadField(Answer answer, String field) {
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.isProblem()).isTrue();
        assertThat(answer.json().get("field").asString()).isEqualTo(field);
    }
}
