package com.refundpilot.sandbox.platform.taobao;

import static com.refundpilot.sandbox.platform.taobao.TaobaoControlApiTest.assertBadField;
import static org.assertj.core.api.Assertions.assertThat;

import com.refundpilot.sandbox.Http.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The platform loses pushes on request; the lost messages can be delivered late, unchanged. */
class TaobaoWebhookLossTest extends TaobaoTestSupport {

    private static final String LOSS = "/sandbox/platforms/taobao/webhook-loss";

    @AfterEach
    void stopLosing() {
        http.postJson(LOSS, "{\"dropNext\":0}");
        http.postJson(LOSS + "/deliver-held", "");
    }

    @Test
    void aLostPushNeverReachesTheMerchantAndIsRecordedAsUnanswered() {
        String refundId = "R-LOSS-" + unique("x");
        JsonNode rule = http.postJson(LOSS, "{\"dropNext\":1,\"topic\":\"taobao_refund_RefundCreated\",\"refundId\":\""
                + refundId + "\"}").json();
        assertThat(rule.get("dropNext").asInt()).isEqualTo(1);

        Answer opened = http.postJson("/sandbox/platforms/taobao/refunds",
                TaobaoControlApiTest.refundJson(refundId, ""));

        assertThat(opened.json().get("pushes").toString()).isEqualTo("[0]");
        assertThat(pushedContents(refundId, "taobao_refund_RefundCreated")).isEmpty();
        assertThat(oracle(refundId).get("webhooks").get(0).get("status").asInt()).isZero();
        JsonNode after = http.get(LOSS).json();
        assertThat(after.get("dropNext").asInt()).isZero();
        assertThat(after.get("held").get(0).get("refundId").asString()).isEqualTo(refundId);

        assertThat(control(refundId, "close", "").json().get("pushes").toString()).as("only the next one").isEqualTo("[200]");
    }

    @Test
    void aHeldMessageIsDeliveredLateWithItsOwnMessageId() {
        String refundId = "R-LATE-" + unique("x");
        http.postJson(LOSS, "{\"dropNext\":1,\"refundId\":\"" + refundId + "\"}");
        http.postJson("/sandbox/platforms/taobao/refunds", TaobaoControlApiTest.refundJson(refundId, ""));
        String lostMsgId = http.get(LOSS).json().get("held").get(0).get("msgId").asString();

        JsonNode delivered = http.postJson(LOSS + "/deliver-held", "").json().get("pushes");

        assertThat(delivered).hasSize(1);
        assertThat(delivered.get(0).get("msgId").asString()).isEqualTo(lostMsgId);
        assertThat(delivered.get(0).get("status").asInt()).isEqualTo(200);
        assertThat(pushedContents(refundId, "taobao_refund_RefundCreated")).hasSize(1);
        assertThat(http.get(LOSS).json().get("held")).isEmpty();
        JsonNode webhooks = oracle(refundId).get("webhooks");
        assertThat(webhooks.get(0).get("status").asInt()).isZero();
        assertThat(webhooks.get(1).get("status").asInt()).isEqualTo(200);
        assertThat(webhooks.get(1).get("msgId").asString()).isEqualTo(lostMsgId);
    }

    @Test
    void theRuleIsValidated() {
        assertBadField(http.postJson(LOSS, "{\"dropNext\":-1}"), "dropNext");
        assertBadField(http.postJson(LOSS, "{}"), "dropNext");
    }
}
