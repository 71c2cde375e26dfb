package com.refundpilot.sandbox.platform.taobao;

import static com.refundpilot.sandbox.platform.taobao.TaobaoControlApiTest.assertBadField;
import static org.assertj.core.api.Assertions.assertThat;

import com.refundpilot.sandbox.Http.Answer;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Evidence packs for refunds and complaints, the merchant's complaint answers, and staff on complaints. */
class TopEvidenceAndComplaintTest extends TaobaoTestSupport {

    private static final String PACK = "SIGNING_PROOF:https://courier.example/proof/ZT1.jpg,TRACKING_RECORD:ZTO ZT1";

    private JsonNode upload(String idField, String id, String evidence) {
        Map<String, String> params = new HashMap<>(Map.of(idField, id, "note", "签收底单与物流轨迹"));
        if (evidence != null) {
            params.put("evidence", evidence);
        }
        return topAnswer("taobao.rp.evidence.upload", params, "rp_evidence_upload_response");
    }

    private JsonNode answer(String complaintId, String answer, String fee, String evidence) {
        Map<String, String> params = new HashMap<>(Map.of("complaint_id", complaintId, "answer", answer,
                "note", "已联系买家"));
        if (fee != null) {
            params.put("compensation_fee", fee);
        }
        if (evidence != null) {
            params.put("evidence", evidence);
        }
        return topAnswer("taobao.rp.complaint.answer", params, "rp_complaint_answer_response");
    }

    private JsonNode complaintGet(String complaintId) {
        return top("taobao.rp.complaint.get", Map.of("complaint_id", complaintId)).json()
                .get("rp_complaint_get_response").get("complaint");
    }

    // ---- evidence -----------------------------------------------------------------------------------------

    @Test
    void evidenceForARefundIsRecordedAndReadBack() {
        String refundId = openRefund();
        control(refundId, "intervention", "{\"evidenceDeadlineIn\":\"PT48H\"}");

        JsonNode answer = upload("refund_id", refundId, PACK);

        assertThat(answer.get("succ").asBoolean()).isTrue();
        long evidenceId = answer.get("evidence_id").asLong();
        JsonNode action = oracle(refundId).get("actions").get(0);
        assertThat(action.get("action").asString()).isEqualTo("UPLOAD_EVIDENCE");
        assertThat(action.get("params").get("evidence").asString()).isEqualTo(PACK);
        assertThat(action.get("params").get("count").asString()).isEqualTo("2");
        assertThat(action.get("params").get("note").asString()).isEqualTo("签收底单与物流轨迹");
        JsonNode listed = topAnswer("taobao.rp.evidence.get", Map.of("refund_id", refundId), "rp_evidence_get_response")
                .get("evidences").get(0);
        assertThat(listed.get("evidence_id").asLong()).isEqualTo(evidenceId);
        assertThat(listed.get("evidence").asString()).isEqualTo(PACK);
        assertThat(oracle(refundId).get("status").asString()).as("evidence decides nothing by itself")
                .isEqualTo("WAIT_SELLER_AGREE");
    }

    @Test
    void evidenceNeedsAnOpenSubjectAndTheEvidenceDeadlineNotPassed() {
        String late = openRefund();
        control(late, "intervention", "{\"evidenceDeadlineIn\":\"PT1H\"}");
        CLOCK.advance(Duration.ofHours(1).plusSeconds(1));
        assertThat(upload("refund_id", late, PACK).get("sub_code").asString()).isEqualTo("isv.evidence-timeout");
        String closed = openRefund();
        http.postJson(REFUNDS + closed + "/close", "");
        assertThat(upload("refund_id", closed, PACK).get("sub_code").asString()).isEqualTo("isv.refund-status-invalid");
        assertThat(upload("refund_id", unique("NOPE"), PACK).get("sub_code").asString())
                .isEqualTo("isv.refund-not-exist");
        assertThat(upload("complaint_id", unique("NOPE"), PACK).get("sub_code").asString())
                .isEqualTo("isv.complaint-not-exist");
        assertThat(oracle(late).get("actions").size()).isZero();
        assertThat(oracle(closed).get("actions").size()).isZero();
    }

    @Test
    void emptyOrMalformedEvidenceIsARequestErrorNamingIt() {
        String refundId = openRefund();
        JsonNode missing = upload("refund_id", refundId, null);
        assertThat(missing.get("code").asInt()).isEqualTo(40);
        assertThat(missing.get("sub_code").asString()).isEqualTo("isv.missing-parameter:evidence");
        assertThat(upload("refund_id", refundId, " , ").get("sub_code").asString())
                .isEqualTo("isv.missing-parameter:evidence");
        JsonNode noKind = upload("refund_id", refundId, "https://x.example/a.jpg");
        assertThat(noKind.get("code").asInt()).isEqualTo(41);
        assertThat(noKind.get("sub_code").asString()).isEqualTo("isv.invalid-parameter:evidence");
        assertThat(upload("refund_id", refundId, "CHAT_LOG:").get("sub_code").asString())
                .isEqualTo("isv.invalid-parameter:evidence");
        JsonNode noSubject = topAnswer("taobao.rp.evidence.upload", Map.of("evidence", PACK),
                "rp_evidence_upload_response");
        assertThat(noSubject.get("sub_code").asString()).isEqualTo("isv.missing-parameter:refund_id");
        JsonNode both = topAnswer("taobao.rp.evidence.upload", Map.of("evidence", PACK, "refund_id", refundId,
                "complaint_id", "C-1"), "rp_evidence_upload_response");
        assertThat(both.get("sub_code").asString()).isEqualTo("isv.invalid-parameter:complaint_id");
        assertThat(oracle(refundId).get("actions").size()).isZero();
    }

    @Test
    void evidenceForAComplaintIsInItsOracle() {
        String complaintId = fileComplaint("");
        assertThat(upload("complaint_id", complaintId, "ERP_RECORD:发货记录 2026-11-11").get("succ").asBoolean()).isTrue();

        JsonNode seen = complaintOracle(complaintId);
        assertThat(seen.get("actions").get(0).get("action").asString()).isEqualTo("UPLOAD_EVIDENCE");
        assertThat(seen.get("actions").get(0).get("params").get("evidence").asString())
                .isEqualTo("ERP_RECORD:发货记录 2026-11-11");
        assertThat(topAnswer("taobao.rp.evidence.get", Map.of("complaint_id", complaintId), "rp_evidence_get_response")
                .get("evidences").size()).isEqualTo(1);
        assertThat(top("taobao.rp.evidence.get", Map.of("complaint_id", complaintId, "session", "shop-2")).json()
                .get("error_response").get("sub_code").asString()).isEqualTo("isv.complaint-not-exist");
    }

    // ---- complaint answers -----------------------------------------------------------------------------------

    @Test
    void anAcceptedComplaintWithCompensationRecordsBothAndIsAnsweredOnce() {
        String complaintId = fileComplaint("");

        JsonNode accepted = answer(complaintId, "ACCEPT", "5.00", null);

        assertThat(accepted.get("succ").asBoolean()).isTrue();
        assertThat(accepted.get("complaint_id").asString()).isEqualTo(complaintId);
        JsonNode seen = complaintOracle(complaintId);
        assertThat(seen.get("status").asString()).isEqualTo("SELLER_ACCEPTED");
        assertThat(seen.get("answer").asString()).isEqualTo("ACCEPT");
        assertThat(seen.get("compensationFen").asLong()).isEqualTo(500);
        assertThat(actionNames(seen)).containsExactly("ACCEPT_COMPLAINT", "COMPENSATE");
        assertThat(seen.get("actions").get(0).get("amountFen").asLong()).isEqualTo(500);
        assertThat(seen.get("actions").get(1).get("amountFen").asLong()).isEqualTo(500);
        JsonNode viaTop = complaintGet(complaintId);
        assertThat(viaTop.get("seller_answer").asString()).isEqualTo("ACCEPT");
        assertThat(viaTop.get("compensation_fee").asString()).isEqualTo("5.00");

        JsonNode again = answer(complaintId, "REJECT", null, PACK);
        assertThat(again.get("succ").asBoolean()).isFalse();
        assertThat(again.get("sub_code").asString()).isEqualTo("isv.complaint-already-answered");
        assertThat(actionNames(complaintOracle(complaintId))).containsExactly("ACCEPT_COMPLAINT", "COMPENSATE");
    }

    @Test
    void anAcceptanceWithoutCompensationAndARejectionWithEvidence() {
        String free = fileComplaint("");
        assertThat(answer(free, "ACCEPT", null, null).get("succ").asBoolean()).isTrue();
        assertThat(actionNames(complaintOracle(free))).containsExactly("ACCEPT_COMPLAINT");

        String rejected = fileComplaint("");
        assertThat(answer(rejected, "REJECT", null, PACK).get("succ").asBoolean()).isTrue();
        JsonNode seen = complaintOracle(rejected);
        assertThat(seen.get("status").asString()).isEqualTo("SELLER_REJECTED");
        assertThat(actionNames(seen)).containsExactly("REJECT_COMPLAINT");
        assertThat(seen.get("actions").get(0).get("params").get("evidence").asString()).isEqualTo(PACK);
    }

    @Test
    void badComplaintAnswersAreRequestErrorsOrRefusalsAndChangeNothing() {
        String complaintId = fileComplaint("");
        JsonNode noEvidence = answer(complaintId, "REJECT", null, null);
        assertThat(noEvidence.get("code").asInt()).isEqualTo(40);
        assertThat(noEvidence.get("sub_code").asString()).isEqualTo("isv.missing-parameter:evidence");
        assertThat(answer(complaintId, "REJECT", "1.00", PACK).get("sub_code").asString())
                .isEqualTo("isv.invalid-parameter:compensation_fee");
        assertThat(answer(complaintId, "ACCEPT", "-1.00", null).get("sub_code").asString())
                .isEqualTo("isv.invalid-parameter:compensation_fee");
        assertThat(answer(complaintId, "ACCEPT", "1.005", null).get("sub_code").asString())
                .isEqualTo("isv.invalid-parameter:compensation_fee");
        assertThat(answer(complaintId, "MAYBE", null, null).get("sub_code").asString())
                .isEqualTo("isv.invalid-parameter:answer");
        assertThat(topAnswer("taobao.rp.complaint.answer", Map.of("complaint_id", complaintId),
                "rp_complaint_answer_response").get("sub_code").asString()).isEqualTo("isv.missing-parameter:answer");
        assertThat(answer(unique("NOPE"), "ACCEPT", null, null).get("sub_code").asString())
                .isEqualTo("isv.complaint-not-exist");
        JsonNode untouched = complaintOracle(complaintId);
        assertThat(untouched.get("status").asString()).isEqualTo("WAIT_SELLER_HANDLE");
        assertThat(untouched.get("actions").size()).isZero();

        complaintControl(complaintId, "verdict", "{\"for\":\"BUYER\"}");
        assertThat(answer(complaintId, "ACCEPT", null, null).get("sub_code").asString())
                .isEqualTo("isv.complaint-status-invalid");
        assertThat(upload("complaint_id", complaintId, PACK).get("sub_code").asString())
                .isEqualTo("isv.complaint-status-invalid");
    }

    // ---- complaints on the control API -----------------------------------------------------------------------

    @Test
    void aComplaintCarriesThePromisedAndActualShipTimes() {
        Instant promised = CLOCK.instant().minus(Duration.ofDays(3));
        Instant shipped = CLOCK.instant().minus(Duration.ofDays(1));
        String complaintId = fileComplaint(",\"promisedShipBy\":\"" + promised + "\",\"shippedAt\":\"" + shipped + "\"");

        JsonNode seen = complaintOracle(complaintId);
        assertThat(seen.get("promisedShipBy").asString()).isEqualTo(promised.toString());
        assertThat(seen.get("shippedAt").asString()).isEqualTo(shipped.toString());
        JsonNode viaTop = complaintGet(complaintId);
        assertThat(viaTop.get("promised_ship_time").asString()).isEqualTo(TaobaoWire.time(promised));
        assertThat(viaTop.get("consign_time").asString()).isEqualTo(TaobaoWire.time(shipped));

        JsonNode unknown = complaintGet(fileComplaint(""));
        assertThat(unknown.has("promised_ship_time")).isFalse();
        assertThat(unknown.has("consign_time")).isFalse();
        assertBadField(http.postJson("/sandbox/platforms/taobao/complaints", "{\"shopId\":\"shop-1\",\"orderId\":\"T1\","
                + "\"complaintId\":\"" + unique("C") + "\",\"kind\":\"LATE_SHIPMENT\",\"shippedAt\":\"yesterday\"}"),
                "shippedAt");
    }

    @Test
    void staffInterveneOnAComplaintOnceAndDecideIt() {
        String complaintId = fileComplaint("");

        Answer intervened = complaintControl(complaintId, "intervention", "{\"evidenceDeadlineIn\":\"PT48H\"}");

        assertThat(intervened.status()).isEqualTo(200);
        assertThat(intervened.json().get("intervention").get("evidenceDeadline").asString())
                .isEqualTo(CLOCK.instant().plus(Duration.ofHours(48)).toString());
        assertThat(intervened.json().get("pushes").toString()).isEqualTo("[200]");
        assertThat(pushedContents(complaintId, "taobao_rp_ComplaintIntervened")).hasSize(1);
        assertThat(complaintGet(complaintId).get("cs_status").asInt()).isEqualTo(3);
        assertThat(complaintGet(complaintId).get("cs_evidence_timeout").asString())
                .isEqualTo(TaobaoWire.time(CLOCK.instant().plus(Duration.ofHours(48))));
        assertConflict(complaintControl(complaintId, "intervention", "{\"evidenceDeadlineIn\":\"PT1H\"}"),
                "ALREADY_INTERVENED");

        Answer decided = complaintControl(complaintId, "verdict", "{\"for\":\"MERCHANT\"}");

        assertThat(decided.json().get("status").asString()).isEqualTo("CLOSED");
        assertThat(decided.json().get("intervention").get("verdict").asString()).isEqualTo("MERCHANT");
        assertThat(actionNames(decided.json())).containsExactly("PLATFORM_VERDICT");
        assertThat(pushedContents(complaintId, "taobao_rp_ComplaintDecided")).hasSize(1);
        JsonNode viaTop = complaintGet(complaintId);
        assertThat(viaTop.get("cs_status").asInt()).isEqualTo(6);
        assertThat(viaTop.get("cs_verdict").asString()).isEqualTo("MERCHANT");
        assertConflict(complaintControl(complaintId, "verdict", "{\"for\":\"BUYER\"}"), "COMPLAINT_NOT_OPEN");
        assertConflict(complaintControl(complaintId, "intervention", "{\"evidenceDeadlineIn\":\"PT1H\"}"),
                "COMPLAINT_NOT_OPEN");
    }

    @Test
    void badComplaintControlCallsAreProblemsNamingTheFieldAndChangeNothing() {
        String complaintId = fileComplaint("");
        assertBadField(complaintControl(complaintId, "intervention", "{}"), "evidenceDeadlineIn");
        assertBadField(complaintControl(complaintId, "intervention", "{\"evidenceDeadlineIn\":\"-PT1H\"}"),
                "evidenceDeadlineIn");
        assertBadField(complaintControl(complaintId, "verdict", "{}"), "for");
        assertBadField(complaintControl(complaintId, "verdict", "{\"for\":\"NOBODY\"}"), "for");
        assertBadField(complaintControl(complaintId, "deadline", "{\"deadlineIn\":\"soon\"}"), "deadlineIn");
        assertThat(complaintControl(unique("C"), "verdict", "{\"for\":\"BUYER\"}").status()).isEqualTo(404);
        JsonNode untouched = complaintOracle(complaintId);
        assertThat(untouched.get("status").asString()).isEqualTo("WAIT_SELLER_HANDLE");
        assertThat(untouched.get("intervention").isNull()).isTrue();
        assertThat(untouched.get("webhooks").size()).as("only the filing was pushed").isEqualTo(1);
    }

    @Test
    void thePlatformMovesAComplaintsDeadlineWhileAnAnswerIsAwaited() {
        String complaintId = fileComplaint("");

        Answer moved = complaintControl(complaintId, "deadline", "{\"deadlineIn\":\"PT6H\"}");

        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.json().get("deadline").asString()).isEqualTo(CLOCK.instant().plus(Duration.ofHours(6)).toString());
        assertThat(complaintGet(complaintId).get("timeout").asString())
                .isEqualTo(TaobaoWire.time(CLOCK.instant().plus(Duration.ofHours(6))));
        assertThat(pushedContents(complaintId, "taobao_rp_ComplaintTimeoutChanged")).hasSize(1);

        answer(complaintId, "ACCEPT", null, null);
        assertConflict(complaintControl(complaintId, "deadline", "{\"deadlineIn\":\"PT6H\"}"), "NO_DEADLINE");
    }
}
