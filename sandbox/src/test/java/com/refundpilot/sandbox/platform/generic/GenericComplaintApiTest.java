package com.refundpilot.sandbox.platform.generic;

import static org.assertj.core.api.Assertions.assertThat;

import com.refundpilot.sandbox.Http.Answer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A generic complaint: filed and pushed, read, answered once over the generic API, evidenced, decided by staff. */
class GenericComplaintApiTest extends GenericTestSupport {

    private String fileComplaint() {
        String complaintId = unique("GC");
        assertThat(http.postJson("/sandbox/platforms/generic/complaints", "{\"shopId\":\"shop-1\",\"orderId\":\"T-"
                + complaintId + "\",\"complaintId\":\"" + complaintId + "\",\"kind\":\"LATE_SHIPMENT\","
                + "\"deadlineIn\":\"PT24H\"}").status()).isEqualTo(201);
        return complaintId;
    }

    private JsonNode complaintOracle(String complaintId) {
        return http.get(COMPLAINTS + complaintId).json();
    }

    @Test
    void aComplaintIsAnsweredOnceEvidencedAndDecidedAndEachChangeIsPushed() {
        String id = fileComplaint();
        assertThat(onlyEvent(id, "complaint.created").get("complaint").get("status").asString())
                .isEqualTo("WAITING_MERCHANT");
        assertThat(apiGet("/complaints/" + id).json().get("kind").asString()).isEqualTo("LATE_SHIPMENT");

        http.postJson(COMPLAINTS + id + "/deadline", "{\"deadlineIn\":\"PT6H\"}");
        assertThat(onlyEvent(id, "complaint.deadline_changed").get("complaint").get("deadline").asString())
                .isEqualTo(CLOCK.instant().plusSeconds(6 * 3600).toString());

        String accept = "{\"idempotencyKey\":\"ans-" + id + "\",\"answer\":\"ACCEPT\",\"compensationFen\":1500,"
                + "\"note\":\"补偿延迟发货\"}";
        Answer answered = apiPost("/complaints/" + id + "/answer", accept);
        Answer repeat = apiPost("/complaints/" + id + "/answer", accept);

        assertThat(answered.status()).isEqualTo(200);
        assertThat(answered.json().get("status").asString()).isEqualTo("ANSWERED");
        assertThat(answered.json().get("merchantAnswer").asString()).isEqualTo("ACCEPT");
        assertThat(answered.json().get("deadline").isNull()).isTrue();
        assertThat(repeat.json()).isEqualTo(answered.json());
        assertRefused(apiPost("/complaints/" + id + "/answer", "{\"idempotencyKey\":\"other\",\"answer\":\"REJECT\"}"),
                409, "ALREADY_ANSWERED");

        assertThat(apiPost("/complaints/" + id + "/evidence", "{\"idempotencyKey\":\"ev-" + id + "\","
                + "\"evidence\":[\"SHIPPING_RECORD:https://erp/ship/1\"],\"note\":\"发货记录\"}").status())
                .isEqualTo(200);
        assertThat(apiGet("/complaints/" + id + "/evidence").json().get("evidence").toString())
                .isEqualTo("[\"SHIPPING_RECORD:https://erp/ship/1\"]");
        List<String> actions = new ArrayList<>();
        complaintOracle(id).get("actions").forEach(a -> actions.add(a.get("action").asString()));
        assertThat(actions).containsExactly("ACCEPT_COMPLAINT", "COMPENSATE", "UPLOAD_EVIDENCE");
        assertThat(complaintOracle(id).get("compensationFen").asLong()).isEqualTo(1500);

        http.postJson(COMPLAINTS + id + "/intervention", "{\"evidenceDeadlineIn\":\"PT48H\"}");
        assertThat(onlyEvent(id, "complaint.intervened").get("complaint").get("intervention").get("status")
                .asString()).isEqualTo("INTERVENED");
        http.postJson(COMPLAINTS + id + "/verdict", "{\"for\":\"MERCHANT\"}");
        JsonNode decided = onlyEvent(id, "complaint.decided").get("complaint");
        assertThat(decided.get("status").asString()).isEqualTo("CLOSED");
        assertThat(decided.get("intervention").get("status").asString()).isEqualTo("DECIDED");
        assertThat(decided.get("intervention").get("decidedFor").asString()).isEqualTo("MERCHANT");
        assertRefused(apiPost("/complaints/" + id + "/evidence", "{\"idempotencyKey\":\"ev2\","
                + "\"evidence\":[\"https://late\"]}"), 409, "NOT_ALLOWED");
    }

    @Test
    void aRejectionNeedsNoEvidenceOnTheGenericWireButPaysNoCompensation() {
        String id = fileComplaint();
        assertRefused(apiPost("/complaints/" + id + "/answer", "{\"idempotencyKey\":\"a\",\"answer\":\"REJECT\","
                + "\"compensationFen\":100}"), 400, "INVALID_FIELD");
        assertRefused(apiPost("/complaints/" + id + "/answer", "{\"idempotencyKey\":\"a\",\"answer\":\"MAYBE\"}"),
                400, "INVALID_FIELD");

        Answer rejected = apiPost("/complaints/" + id + "/answer", "{\"idempotencyKey\":\"a\",\"answer\":\"REJECT\","
                + "\"note\":\"已按时发货\"}");

        assertThat(rejected.json().get("merchantAnswer").asString()).isEqualTo("REJECT");
        assertThat(complaintOracle(id).get("actions").get(0).get("action").asString()).isEqualTo("REJECT_COMPLAINT");
        assertRefused(apiGet("/complaints/" + unique("GC")), 404, "NOT_FOUND");
    }
}
