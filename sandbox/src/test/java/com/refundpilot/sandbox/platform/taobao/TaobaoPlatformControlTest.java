package com.refundpilot.sandbox.platform.taobao;

import static com.refundpilot.sandbox.platform.taobao.TaobaoControlApiTest.assertBadField;
import static org.assertj.core.api.Assertions.assertThat;

import com.refundpilot.sandbox.Http;
import com.refundpilot.sandbox.Http.Answer;
import com.refundpilot.sandbox.StubReceiver.Received;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The platform's side: deadlines, intervention and verdicts, complaints, declared capabilities. */
class TaobaoPlatformControlTest extends TaobaoTestSupport {

    @Test
    void thePlatformMovesTheMerchantsDeadlineAndSaysSo() {
        String refundId = openRefund();

        Answer moved = control(refundId, "deadline", "{\"deadlineIn\":\"PT24H\"}");

        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.json().get("deadline").asString()).isEqualTo(CLOCK.instant().plus(Duration.ofHours(24)).toString());
        assertThat(moved.json().get("version").asLong()).as("the request itself is unchanged").isEqualTo(1);
        assertThat(pushedContents(refundId, "taobao_refund_RefundTimeoutChanged")).hasSize(1);
        assertThat(refundGet(refundId).get("refund_remind_timeout").get("timeout").asString())
                .isEqualTo(TaobaoWire.time(CLOCK.instant().plus(Duration.ofHours(24))));
    }

    @Test
    void aDeadlineNeedsADurationAndARunningDeadline() {
        String refundId = openRefund();
        assertBadField(control(refundId, "deadline", "{}"), "deadlineIn");
        assertBadField(control(refundId, "deadline", "{\"deadlineIn\":\"tomorrow\"}"), "deadlineIn");
        assertBadField(control(refundId, "deadline", "{\"deadlineIn\":\"-PT1H\"}"), "deadlineIn");
        refuse(refundId, 1, "proof.jpg");
        assertConflict(control(refundId, "deadline", "{\"deadlineIn\":\"PT1H\"}"), "NO_DEADLINE");
    }

    @Test
    void anInterventionSuspendsTheMerchantsDeadlineAndNamesTheEvidenceDeadline() {
        String refundId = openRefund();

        Answer intervened = control(refundId, "intervention", "{\"evidenceDeadlineIn\":\"PT48H\"}");

        assertThat(intervened.status()).isEqualTo(200);
        assertThat(intervened.json().get("intervention").get("evidenceDeadline").asString())
                .isEqualTo(CLOCK.instant().plus(Duration.ofHours(48)).toString());
        assertThat(pushedContents(refundId, "taobao_refund_TaobaoIntervened")).hasSize(1);
        JsonNode refund = refundGet(refundId);
        assertThat(refund.get("cs_status").asInt()).isEqualTo(3);
        assertThat(refund.get("cs_evidence_timeout").asString())
                .isEqualTo(TaobaoWire.time(CLOCK.instant().plus(Duration.ofHours(48))));
        assertThat(refund.get("refund_remind_timeout").get("exist_timeout").asBoolean()).isFalse();

        assertConflict(control(refundId, "intervention", "{\"evidenceDeadlineIn\":\"PT48H\"}"), "ALREADY_INTERVENED");
        assertBadField(control(openRefund(), "intervention", "{}"), "evidenceDeadlineIn");
    }

    @Test
    void aVerdictForTheBuyerIsThePlatformPaying() {
        String refundId = openRefund();
        control(refundId, "intervention", "{\"evidenceDeadlineIn\":\"PT48H\"}");

        Answer decided = control(refundId, "verdict", "{\"for\":\"BUYER\"}");

        assertThat(decided.status()).isEqualTo(200);
        assertThat(decided.json().get("status").asString()).isEqualTo("SUCCESS");
        assertThat(decided.json().get("refundedFen").asLong()).isEqualTo(59900);
        assertThat(decided.json().get("autoRefunded").asBoolean()).isFalse();
        assertThat(decided.json().get("intervention").get("verdict").asString()).isEqualTo("BUYER");
        assertThat(actionNames(decided.json())).containsExactly("PLATFORM_REFUND");
        List<JsonNode> success = pushedContents(refundId, "taobao_refund_RefundSuccess");
        assertThat(success).hasSize(1);
        assertThat(success.get(0).get("refund_fee").asString()).isEqualTo("599.00");
        assertThat(refundGet(refundId).get("cs_status").asInt()).isEqualTo(6);
        assertConflict(control(refundId, "verdict", "{\"for\":\"MERCHANT\"}"), "REFUND_NOT_OPEN");
    }

    @Test
    void aVerdictForTheMerchantClosesTheRefund() {
        String refundId = openRefund();
        refuse(refundId, 1, "proof.jpg");
        control(refundId, "intervention", "{\"evidenceDeadlineIn\":\"PT48H\"}");

        JsonNode decided = control(refundId, "verdict", "{\"for\":\"MERCHANT\"}").json();

        assertThat(decided.get("status").asString()).isEqualTo("CLOSED");
        assertThat(decided.get("refundedFen").asLong()).isZero();
        assertThat(actionNames(decided)).containsExactly("REFUSE", "PLATFORM_CLOSE");
        assertThat(pushedContents(refundId, "taobao_refund_RefundClosed")).hasSize(1);
        assertThat(refundGet(refundId).get("cs_status").asInt()).isEqualTo(6);
    }

    @Test
    void aVerdictNamesItsSide() {
        String refundId = openRefund();
        assertBadField(control(refundId, "verdict", "{}"), "for");
        assertBadField(control(refundId, "verdict", "{\"for\":\"NOBODY\"}"), "for");
        assertThat(oracle(refundId).get("status").asString()).isEqualTo("WAIT_SELLER_AGREE");
    }

    @Test
    void aComplaintIsFiledPushedAndReadable() {
        String complaintId = unique("C");
        String body = "{\"shopId\":\"shop-1\",\"orderId\":\"T-" + complaintId + "\",\"complaintId\":\"" + complaintId
                + "\",\"kind\":\"LATE_SHIPMENT\",\"deadlineIn\":\"PT24H\"}";

        Answer filed = http.postJson("/sandbox/platforms/taobao/complaints", body);

        assertThat(filed.status()).isEqualTo(201);
        assertThat(filed.json().get("pushes").toString()).isEqualTo("[200]");
        assertThat(filed.json().get("deadline").asString()).isEqualTo(CLOCK.instant().plus(Duration.ofHours(24)).toString());
        List<Received> pushes = STUB.receivedOn(WEBHOOK_PATH, complaintId);
        assertThat(pushes).hasSize(1);
        JsonNode message = Http.parse(pushes.get(0).text());
        assertThat(message.get("topic").asString()).isEqualTo("taobao_rp_ComplaintCreated");
        JsonNode content = Http.parse(message.get("content").asString());
        assertThat(content.get("complaint_id").asString()).isEqualTo(complaintId);
        assertThat(content.get("tid").asString()).isEqualTo("T-" + complaintId);
        assertThat(content.has("refund_id")).isFalse();

        JsonNode seen = http.get("/sandbox/platforms/taobao/complaints/" + complaintId).json();
        assertThat(seen.get("kind").asString()).isEqualTo("LATE_SHIPMENT");
        assertThat(seen.get("actions").size()).isZero();
        assertThat(seen.get("webhooks").get(0).get("status").asInt()).isEqualTo(200);

        JsonNode viaTop = top("taobao.rp.complaint.get", Map.of("complaint_id", complaintId)).json()
                .get("rp_complaint_get_response").get("complaint");
        assertThat(viaTop.get("complaint_type").asString()).isEqualTo("LATE_SHIPMENT");
        assertThat(viaTop.get("timeout").asString()).isEqualTo(TaobaoWire.time(CLOCK.instant().plus(Duration.ofHours(24))));
        assertThat(top("taobao.rp.complaint.get", Map.of("complaint_id", complaintId, "session", "shop-2")).json()
                .get("error_response").get("sub_code").asString()).isEqualTo("isv.complaint-not-exist");

        assertConflict(http.postJson("/sandbox/platforms/taobao/complaints", body), "COMPLAINT_EXISTS");
    }

    @Test
    void badComplaintsAreProblemsNamingTheField() {
        assertBadField(http.postJson("/sandbox/platforms/taobao/complaints",
                "{\"shopId\":\"shop-1\",\"orderId\":\"T1\",\"complaintId\":\"C-x\",\"kind\":\"RUDE\"}"), "kind");
        assertBadField(http.postJson("/sandbox/platforms/taobao/complaints",
                "{\"shopId\":\"shop-1\",\"orderId\":\"T1\",\"kind\":\"SERVICE\"}"), "complaintId");
        assertThat(http.get("/sandbox/platforms/taobao/complaints/" + unique("C")).status()).isEqualTo(404);
    }

    @Test
    void thePlatformDeclaresTheMerchantActionsItOffers() {
        JsonNode capabilities = http.get("/sandbox/platforms/taobao/capabilities").json();
        assertThat(capabilities.get("platform").asString()).isEqualTo("TAOBAO");
        assertThat(capabilities.get("actions").toString())
                .isEqualTo("[\"AGREE_REFUND\",\"AGREE_PARTIAL_REFUND\",\"REFUSE\",\"NEGOTIATE\",\"SEND_BUYER_MESSAGE\","
                        + "\"AGREE_RETURN\",\"EXTEND_RECEIPT\",\"UPLOAD_EVIDENCE\",\"COMPENSATE\",\"ACCEPT_COMPLAINT\","
                        + "\"REJECT_COMPLAINT\",\"EXCHANGE_SHIPPED\",\"REPORT_SHIPMENT_CANCELLED\"]");
        assertThat(capabilities.get("assumed").toString()).as("every one a TOP method").isEqualTo("[]");
    }
}
