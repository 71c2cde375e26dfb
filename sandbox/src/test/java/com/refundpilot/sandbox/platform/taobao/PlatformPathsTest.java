package com.refundpilot.sandbox.platform.taobao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.refundpilot.sandbox.Http;
import com.refundpilot.sandbox.Http.Answer;
import com.refundpilot.sandbox.StubReceiver.Received;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The control paths name the platform; Tmall speaks TOP like Taobao but is pushed to its own webhook. */
class PlatformPathsTest extends TaobaoTestSupport {

    static final String TMALL_REFUNDS = "/sandbox/platforms/tmall/refunds/";
    static final String TMALL_WEBHOOK = "/webhooks/tmall";

    private String openTmallRefund() {
        String refundId = unique("R");
        assertThat(http.postJson("/sandbox/platforms/tmall/refunds", TaobaoControlApiTest.refundJson(refundId, ""))
                .status()).isEqualTo(201);
        return refundId;
    }

    @Test
    void aTmallRefundIsPushedSignedToTheTmallWebhookAndReachedOnlyThroughTmallPaths() {
        String refundId = openTmallRefund();

        List<Received> pushes = STUB.receivedOn(TMALL_WEBHOOK, refundId);
        assertThat(pushes).hasSize(1);
        Received push = pushes.get(0);
        assertThat(push.header("X-Top-Sign")).isEqualTo(WebhookSigner.sign("sandbox-secret",
                push.header("X-Top-Timestamp"), push.body()));
        assertThat(Http.parse(push.text()).get("topic").asString()).isEqualTo(TmcMessage.REFUND_CREATED);
        assertThat(STUB.receivedOn(WEBHOOK_PATH, refundId)).as("nothing on Taobao's webhook").isEmpty();

        assertThat(http.get(TMALL_REFUNDS + refundId).json().get("status").asString()).isEqualTo("WAIT_SELLER_AGREE");
        Answer viaTaobao = http.get(REFUNDS + refundId);
        assertThat(viaTaobao.status()).isEqualTo(404);
        assertThat(viaTaobao.isProblem()).isTrue();
        assertThat(control(refundId, "close", "").status()).as("no change through another platform's path")
                .isEqualTo(404);
        assertThat(refundGet(refundId).get("status").asString()).as("Tmall is read over TOP")
                .isEqualTo("WAIT_SELLER_AGREE");
    }

    @Test
    void aTmallAgreeOverTopPushesRefundSuccessToTmallAndCountsForTmall() {
        String refundId = openTmallRefund();
        long tmallAgrees = http.get("/sandbox/platforms/tmall/stats").json().get("agreeCalls").asLong();
        long taobaoAgrees = http.get("/sandbox/platforms/taobao/stats").json().get("agreeCalls").asLong();

        assertThat(agree(refundId, 59900, 1).get("succ").asBoolean()).isTrue();

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(STUB.receivedOn(TMALL_WEBHOOK, refundId))
                .extracting(Received::text).anyMatch(t -> t.contains(TmcMessage.REFUND_SUCCESS)));
        JsonNode tmallStats = http.get("/sandbox/platforms/tmall/stats").json();
        assertThat(tmallStats.get("agreeCalls").asLong()).isEqualTo(tmallAgrees + 1);
        assertThat(tmallStats.get("calls").get("taobao.rp.refunds.agree").asLong()).isPositive();
        assertThat(http.get("/sandbox/platforms/taobao/stats").json().get("agreeCalls").asLong())
                .isEqualTo(taobaoAgrees);
        assertThat(actionNames(http.get(TMALL_REFUNDS + refundId).json())).containsExactly("AGREE_REFUND");
    }

    @Test
    void eachPlatformCountsItsOwnRefundsAndDeclaresItsCapabilities() {
        int tmallBefore = http.get("/sandbox/platforms/tmall/stats").json().get("refunds").asInt();
        int taobaoBefore = http.get("/sandbox/platforms/taobao/stats").json().get("refunds").asInt();
        openTmallRefund();
        assertThat(http.get("/sandbox/platforms/tmall/stats").json().get("refunds").asInt()).isEqualTo(tmallBefore + 1);
        assertThat(http.get("/sandbox/platforms/taobao/stats").json().get("refunds").asInt()).isEqualTo(taobaoBefore);

        JsonNode tmall = http.get("/sandbox/platforms/tmall/capabilities").json();
        assertThat(tmall.get("platform").asString()).isEqualTo("TMALL");
        assertThat(tmall.get("actions")).isEqualTo(http.get("/sandbox/platforms/taobao/capabilities").json()
                .get("actions"));
    }

    @Test
    void aTmallComplaintIsPushedToTmallAndNotFoundUnderTaobao() {
        String complaintId = unique("C");
        Answer filed = http.postJson("/sandbox/platforms/tmall/complaints", "{\"shopId\":\"shop-1\",\"orderId\":\"T-"
                + complaintId + "\",\"complaintId\":\"" + complaintId + "\",\"kind\":\"SERVICE\"}");
        assertThat(filed.status()).isEqualTo(201);
        assertThat(STUB.receivedOn(TMALL_WEBHOOK, complaintId)).hasSize(1);
        assertThat(http.get("/sandbox/platforms/tmall/complaints/" + complaintId).status()).isEqualTo(200);
        assertThat(http.get(COMPLAINTS + complaintId).status()).isEqualTo(404);
        assertThat(top("taobao.rp.complaint.get", Map.of("complaint_id", complaintId)).json()
                .get("rp_complaint_get_response").get("complaint").get("complaint_type").asString())
                .isEqualTo("SERVICE");
    }

    @Test
    void anUnknownPlatformIsA404Problem() {
        for (Answer answer : List.of(http.get("/sandbox/platforms/kuaishou/stats"),
                http.get("/sandbox/platforms/kuaishou/capabilities"),
                http.get("/sandbox/platforms/kuaishou/refunds/R1"),
                http.postJson("/sandbox/platforms/kuaishou/refunds", TaobaoControlApiTest.refundJson(unique("R"), "")),
                http.get("/sandbox/platforms/kuaishou/complaints/C1"))) {
            assertThat(answer.status()).isEqualTo(404);
            assertThat(answer.isProblem()).isTrue();
            assertThat(answer.json().get("detail").asString()).contains("platform kuaishou");
        }
    }
}
