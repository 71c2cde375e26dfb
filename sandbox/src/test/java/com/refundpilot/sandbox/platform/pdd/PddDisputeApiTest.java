package com.refundpilot.sandbox.platform.pdd;

import static org.assertj.core.api.Assertions.assertThat;

import com.refundpilot.sandbox.Http.Answer;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Staff, chat, 协商 and complaints on PDD's wire: the statuses they show, the reads, the done-already codes. */
class PddDisputeApiTest extends PddTestSupport {

    @Test
    void staffHandlingShowsAsStatus8WithoutADeadlineAndTheirVerdictForTheMerchantAs9() {
        String refundId = openRefund("REFUND_ONLY", 59900);
        control(refundId, "intervention", "{\"evidenceDeadlineIn\":\"PT48H\"}");
        JsonNode handling = detail(refundId);
        assertThat(handling.get("after_sales_status").asInt()).isEqualTo(8);
        assertThat(handling.get("expire_time").isNull()).as("the merchant's clock stops").isTrue();
        assertThat(handling.get("intervention_status").asInt()).isEqualTo(1);
        assertThat(handling.get("intervention_evidence_deadline").asLong())
                .isEqualTo(CLOCK.instant().plus(Duration.ofHours(48)).getEpochSecond());
        assertThat(frames(refundId, "pdd_refund_RefundPlatformIntervened")).hasSize(1);

        control(refundId, "verdict", "{\"for\":\"MERCHANT\"}");
        JsonNode decided = detail(refundId);
        assertThat(decided.get("after_sales_status").asInt()).isEqualTo(9);
        assertThat(decided.get("intervention_status").asInt()).isEqualTo(2);
        assertThat(decided.get("intervention_verdict").asString()).isEqualTo("MERCHANT");
        assertThat(frames(refundId, "pdd_refund_RefundClosed")).hasSize(1);
    }

    @Test
    void aWithdrawnRequestIsStatus11AndAnAgreeOnItIsRefused() {
        String refundId = openRefund("REFUND_ONLY", 59900);
        control(refundId, "close", "");
        assertThat(detail(refundId).get("after_sales_status").asInt()).isEqualTo(11);
        assertRefused(callOn("pdd.refund.agree", refundId, Map.of()), 50004);
        assertThat(oracle(refundId).get("actions")).isEmpty();
    }

    @Test
    void theChatAndTheNegotiationsReadBackWithRolesAndAmountsInFen() {
        String refundId = openRefund("REFUND_ONLY", 59900);
        control(refundId, "buyer-messages", "{\"says\":\"NOT_RECEIVED\",\"photos\":true}");
        assertSucceeded(callOn("pdd.refund.message.send", refundId, Map.of("content", "亲，已为您核实")));
        assertSucceeded(callOn("pdd.refund.negotiate", refundId, Map.of("negotiate_type", "PARTIAL_REFUND",
                "refund_amount", "20000", "message", "部分退款可以吗")));
        assertRefused(callOn("pdd.refund.negotiate", refundId, Map.of("negotiate_type", "ASK_TO_CANCEL",
                "message", "撤销可以吗")), 50007);
        assertError(callOn("pdd.refund.negotiate", refundId, Map.of("negotiate_type", "PARTIAL_REFUND",
                "message", "x")), 10000, "missing-parameter:refund_amount");

        JsonNode chat = callOn("pdd.refund.message.list", refundId, Map.of()).json()
                .get("refund_message_list_response").get("messages");
        assertThat(chat.get(0).get("sender_role").asInt()).isEqualTo(1);
        assertThat(chat.get(0).get("images")).hasSize(2);
        assertThat(chat.get(1).get("sender_role").asInt()).isEqualTo(2);
        assertThat(chat.get(1).get("content").asString()).isEqualTo("亲，已为您核实");

        JsonNode negotiation = callOn("pdd.refund.negotiation.get", refundId, Map.of()).json()
                .get("refund_negotiation_get_response").get("negotiations").get(0);
        assertThat(negotiation.get("negotiate_type").asString()).isEqualTo("PARTIAL_REFUND");
        assertThat(negotiation.get("refund_amount").asLong()).isEqualTo(20000);
        assertThat(negotiation.get("status").asString()).isEqualTo("PENDING");

        control(refundId, "negotiation", "{\"accepted\":true}");
        assertThat(detail(refundId).get("refund_amount").asLong()).as("the accepted amount is asked now")
                .isEqualTo(20000);
        assertSucceeded(callOn("pdd.refund.agree", refundId, Map.of()));
        JsonNode agreed = oracle(refundId).get("actions");
        assertThat(agreed.get(agreed.size() - 1).get("action").asString()).isEqualTo("AGREE_PARTIAL_REFUND");
        assertThat(oracle(refundId).get("refundedFen").asLong()).isEqualTo(20000);
    }

    @Test
    void aComplaintIsReadAnsweredOnceAndTakesEvidence() {
        String complaintId = unique("PC");
        http.postJson("/sandbox/platforms/pinduoduo/complaints", "{\"shopId\":\"shop-1\",\"orderId\":\"T-" + complaintId
                + "\",\"complaintId\":\"" + complaintId + "\",\"kind\":\"LATE_SHIPMENT\",\"deadlineIn\":\"PT24H\"}");
        JsonNode complaint = call("pdd.complaint.information.get", Map.of("complaint_id", complaintId)).json()
                .get("complaint_information_get_response");
        assertThat(complaint.get("complaint_type").asInt()).isEqualTo(1);
        assertThat(complaint.get("status").asInt()).isEqualTo(1);
        assertThat(complaint.get("expire_time").asLong())
                .isEqualTo(CLOCK.instant().plus(Duration.ofHours(24)).getEpochSecond());

        assertError(call("pdd.complaint.answer", Map.of("complaint_id", complaintId, "answer", "REJECT")), 10000,
                "missing-parameter:evidence");
        assertSucceeded(call("pdd.refund.evidence.upload", Map.of("complaint_id", complaintId,
                "evidence", "ERP_RECORD:shipped-on-time")));
        Answer accepted = call("pdd.complaint.answer", Map.of("complaint_id", complaintId, "answer", "ACCEPT",
                "compensation_amount", "500"));
        assertSucceeded(accepted);
        assertRefused(call("pdd.complaint.answer", Map.of("complaint_id", complaintId, "answer", "ACCEPT")), 50014);

        JsonNode answered = call("pdd.complaint.information.get", Map.of("complaint_id", complaintId)).json()
                .get("complaint_information_get_response");
        assertThat(answered.get("status").asInt()).isEqualTo(2);
        assertThat(answered.get("merchant_answer").asString()).isEqualTo("ACCEPT");
        assertThat(call("pdd.refund.evidence.get", Map.of("complaint_id", complaintId)).json().toString())
                .contains("ERP_RECORD:shipped-on-time");
        JsonNode view = http.get("/sandbox/platforms/pinduoduo/complaints/" + complaintId).json();
        assertThat(view.get("compensationFen").asLong()).isEqualTo(500);
        assertThat(call("pdd.complaint.information.get", Map.of("complaint_id", "PC-none")).json()
                .get("error_response").get("error_code").asInt()).isEqualTo(50013);
    }
}
