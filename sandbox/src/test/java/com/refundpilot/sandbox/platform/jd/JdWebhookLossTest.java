package com.refundpilot.sandbox.platform.jd;

import static org.assertj.core.api.Assertions.assertThat;

import com.refundpilot.sandbox.Http.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** JD loses batches on request, as Taobao does; the lost batches can be delivered late, unchanged. */
class JdWebhookLossTest extends JdTestSupport {

    private static final String LOSS = CONTROL + "/webhook-loss";

    @AfterEach
    void stopLosing() {
        http.postJson(LOSS, "{\"dropNext\":0}");
        http.postJson(LOSS + "/deliver-held", "");
    }

    @Test
    void aLostBatchNeverReachesTheMerchantAndOnlyTheMatchingOnesAreLost() {
        String refundId = unique("JD-LOSS");
        http.postJson(LOSS, "{\"dropNext\":1,\"topic\":\"jos_afs_service_create\",\"refundId\":\"" + refundId
                + "\"}");

        Answer opened = http.postJson(CONTROL + "/refunds", refundJson(refundId, "REFUND_ONLY", 59900, ""));

        assertThat(opened.json().get("pushes").toString()).isEqualTo("[0]");
        assertThat(pushes(refundId, "jos_afs_service_create")).isEmpty();
        JsonNode after = http.get(LOSS).json();
        assertThat(after.get("dropNext").asInt()).isZero();
        assertThat(after.get("held").get(0).get("refundId").asString()).isEqualTo(refundId);
        assertThat(control(refundId, "close", "").json().get("pushes").toString()).as("only the next one")
                .isEqualTo("[200]");
    }

    @Test
    void aHeldBatchIsDeliveredLateWithItsOwnMessageId() {
        String refundId = unique("JD-LATE");
        http.postJson(LOSS, "{\"dropNext\":1,\"refundId\":\"" + refundId + "\"}");
        http.postJson(CONTROL + "/refunds", refundJson(refundId, "REFUND_ONLY", 59900, ""));
        String lostMsgId = http.get(LOSS).json().get("held").get(0).get("msgId").asString();

        JsonNode delivered = http.postJson(LOSS + "/deliver-held", "").json().get("pushes");

        assertThat(delivered).hasSize(1);
        assertThat(delivered.get(0).get("msgId").asString()).isEqualTo(lostMsgId);
        assertThat(delivered.get(0).get("status").asInt()).isEqualTo(200);
        assertThat(pushes(refundId, "jos_afs_service_create")).singleElement()
                .satisfies(p -> assertThat(p.message().get("msgId").asString()).isEqualTo(lostMsgId));
        assertThat(http.get(LOSS).json().get("held")).isEmpty();
    }

    @Test
    void theRuleIsValidated() {
        assertBadField(http.postJson(LOSS, "{\"dropNext\":-1}"), "dropNext");
    }

    private static void assertBadField(Answer answer, String field) {
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.isProblem()).isTrue();
        assertThat(answer.json().get("field").asString()).isEqualTo(field);
    }
}
