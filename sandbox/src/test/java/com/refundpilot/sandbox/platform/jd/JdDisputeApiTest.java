package com.refundpilot.sandbox.platform.jd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * JD's merchant decisions beyond agreeing: refusals of both desks, 协商, the return stage (审核为客户发货, receipt,
 * extension), the exchange's replacement, track messages, evidence and complaint answers — each on the model call
 * its TOP method makes, so the oracle records them alike.
 */
class JdDisputeApiTest extends JdTestSupport {

    private JsonNode ok(String method, Map<String, Object> params) {
        JsonNode result = result(call(method, params), method);
        assertThat(result.get("success").asBoolean()).as(result.toString()).isTrue();
        return result;
    }

    @Test
    void aRefundApplicationIsRefusedWithReplyRefundAndEvidenceAServiceOrderWithAuditReject() {
        String id = openRefund();
        Map<String, Object> refuse = Map.of("id", id, "status", "2", "checkUserName", "refundpilot", "remark",
                "包裹已拦截, 退回后退款", "rejectType", "1", "sysVersion", "1",
                "evidence", "TRACKING_RECORD:ZT0001,PHOTO:https://img.test/1.jpg");
        assertFailure(replyResult(call(JdOpenApiTest.REPLY, Map.of("id", id, "status", "2", "checkUserName", "x",
                "remark", "x", "sysVersion", "1"))), "10204");

        JsonNode refused = replyResult(call(JdOpenApiTest.REPLY, refuse));

        assertThat(refused.get("success").asBoolean()).as(refused.toString()).isTrue();
        assertThat(refused.get("data").get("afsServiceStep").asInt()).isEqualTo(20);
        assertThat(refused.get("data").get("processExpireTime").isNull()).isTrue();
        JsonNode application = refused.get("data").get("refundApply");
        assertThat(application.get("status").asInt()).isEqualTo(2);
        assertThat(application.get("checkRemark").asString()).isEqualTo("包裹已拦截, 退回后退款");
        JsonNode action = oracle(id).get("actions").get(0);
        assertThat(action.get("action").asString()).isEqualTo("REFUSE");
        assertThat(action.get("params").get("reasonCode").asString()).isEqualTo("REJECT_TYPE_1");
        assertThat(action.get("params").get("proof").asString())
                .isEqualTo("TRACKING_RECORD:ZT0001,PHOTO:https://img.test/1.jpg");
        assertFailure(replyResult(call(JdOpenApiTest.REPLY, refuse)), "10301");

        String returnId = openRefund("RETURN_AND_REFUND", 30000);
        Map<String, Object> reject = Map.of("afsServiceId", returnId, "rejectReason", "商品已影响二次销售",
                "sysVersion", "1", "evidence", "PHOTO:https://img.test/2.jpg", "rejectReasonCode", "AFFECTS_RESALE");
        assertFailure(result(call("jingdong.afsservice.audit.reject", Map.of("afsServiceId", id, "rejectReason", "x",
                "sysVersion", "2", "evidence", "PHOTO:p")), "jingdong.afsservice.audit.reject"), "10202");
        assertThat(ok("jingdong.afsservice.audit.reject", reject).get("data").get("afsServiceStep").asInt())
                .isEqualTo(20);
        assertThat(oracle(returnId).get("actions").get(0).get("params").get("reasonCode").asString())
                .isEqualTo("AFFECTS_RESALE");
    }

    @Test
    void aPartialRefundProposalWaitsForTheBuyerAndItsAcceptanceChangesTheAmountAskedForWithANewVersion() {
        String id = openRefund();
        JsonNode proposed = ok("jingdong.asc.negotiate.submit", Map.of("serviceId", id, "sysVersion", "1",
                "feedbackType", "1", "refundSum", "300.00", "approveNotes", "定制商品已开始生产, 退一半可以吗"));
        assertFailure(result(call("jingdong.asc.audit.waitFeedback", Map.of("serviceId", id, "sysVersion", "1",
                "approveNotes", "请补充照片")), "jingdong.asc.audit.waitFeedback"), "10302");
        JsonNode feedback = proposed.get("data").get("feedbacks").get(0);
        assertThat(feedback.get("feedbackId").asLong()).isEqualTo(proposed.get("feedbackId").asLong());
        assertThat(feedback.get("feedbackType").asInt()).isEqualTo(1);
        assertThat(feedback.get("refundSum").asString()).isEqualTo("300.00");
        assertThat(feedback.get("sysVersion").asLong()).isEqualTo(1);
        assertThat(feedback.get("status").asInt()).isZero();
        assertThat(proposed.get("data").get("afsServiceStep").asInt()).as("a 协商 keeps the stage").isEqualTo(22);

        control(id, "negotiation", "{\"accepted\":true}");

        JsonNode bill = view(id);
        assertThat(bill.get("sysVersion").asLong()).isEqualTo(2);
        assertThat(bill.get("applyRefundSum").asString()).isEqualTo("300.00");
        assertThat(bill.get("feedbacks").get(0).get("status").asInt()).isEqualTo(1);
        assertThat(bill.get("feedbacks").get(0).get("acceptedSum").asString()).isEqualTo("300.00");
        assertThat(pushes(id, "jos_afs_feedback_answer")).hasSize(1);
        assertError(call("jingdong.asc.negotiate.submit", Map.of("serviceId", id, "sysVersion", "2",
                "feedbackType", "7", "approveNotes", "x")), "20", "feedbackType");
    }

    @Test
    void theReturnStageGoesFromTheBuyersTurnToTheReceiptDeadlineWhichMayBeExtendedOnce() {
        String id = openRefund("RETURN_AND_REFUND", 30000);
        JsonNode agreed = ok("jingdong.asc.audit.send", Map.of("serviceId", id, "sysVersion", "1", "approveNotes",
                "同意退货", "returnProvince", "浙江", "returnCity", "杭州", "returnDetailAddress", "余杭区仓库1号",
                "returnContactName", "售后组", "merchantPaysFreight", "true"));
        JsonNode bill = agreed.get("data");
        assertThat(bill.get("afsServiceStep").asInt()).isEqualTo(32);
        assertThat(bill.get("returnExpress").isNull()).isTrue();
        assertThat(bill.get("processExpireTime").isNull()).as("the buyer's turn").isTrue();
        assertThat(bill.get("customerSendExpireTime").asString()).isEqualTo(time(CLOCK.instant().plus(Duration.ofDays(7))));
        assertThat(bill.get("returnAddress").get("returnCity").asString()).isEqualTo("杭州");
        assertThat(oracle(id).get("actions").get(0).get("params").get("sellerPaysPostage").asString()).isEqualTo("true");

        control(id, "return-shipment", "{\"carrier\":\"SF\",\"trackingNo\":\"SF-" + id + "\"}");
        JsonNode shipped = pushes(id, "jos_afs_service_send_back").get(0).content();
        assertThat(shipped.get("sysVersion").asLong()).isEqualTo(3);
        bill = view(id);
        assertThat(bill.get("returnExpress").get("expressCode").asString()).isEqualTo("SF-" + id);
        assertThat(bill.get("processExpireTime").asString()).isEqualTo(time(CLOCK.instant().plus(Duration.ofDays(10))));

        JsonNode extended = ok("jingdong.asc.receive.extend", Map.of("serviceId", id, "sysVersion", "3",
                "extendDays", "3"));
        assertThat(extended.get("data").get("receiveExtended").asBoolean()).isTrue();
        assertThat(extended.get("data").get("processExpireTime").asString())
                .isEqualTo(time(CLOCK.instant().plus(Duration.ofDays(13))));
        assertFailure(result(call("jingdong.asc.receive.extend", Map.of("serviceId", id, "sysVersion", "3",
                "extendHours", "5")), "jingdong.asc.receive.extend"), "10304");
        await().atMost(Duration.ofSeconds(5)).until(() -> !pushes(id, "jos_afs_service_expire_change").isEmpty());
    }

    @Test
    void theExchangesReplacementEndsTheRequestWithoutARefundAndOnlyAnExchangeTakesIt() {
        String id = openRefund("EXCHANGE", 30000);
        ok("jingdong.asc.audit.send", Map.of("serviceId", id, "sysVersion", "1", "returnProvince", "浙江",
                "returnCity", "杭州"));
        control(id, "return-shipment", "{\"carrier\":\"SF\",\"trackingNo\":\"SF-" + id + "\"}");

        JsonNode shipped = ok("jingdong.asc.process.offline.change", Map.of("serviceId", id, "sysVersion", "3",
                "opFlag", "1", "expressCode", "ZT-EX-1", "shipWayName", "ZTO"));

        assertThat(shipped.get("data").get("afsServiceStep").asInt()).isEqualTo(40);
        assertThat(shipped.get("data").get("processExpireTime").isNull()).isTrue();
        assertThat(oracle(id).get("actions").get(1).get("action").asString()).isEqualTo("EXCHANGE_SHIPPED");
        assertFailure(result(call("jingdong.asc.process.offline.change", Map.of("serviceId", openRefund(),
                "sysVersion", "1", "opFlag", "1", "expressCode", "X")), "jingdong.asc.process.offline.change"), "10202");
        assertError(call("jingdong.asc.process.offline.change", Map.of("serviceId", id, "sysVersion", "4",
                "opFlag", "2", "expressCode", "X")), "20", "opFlag");
    }

    @Test
    void trackMessagesEvidenceAndComplaintAnswersAreRecordedAsTopsAre() {
        String id = openRefund();
        JsonNode written = ok("jingdong.afsservice.trackmessage.replay", Map.of("afsServiceId", id,
                "context", "亲亲,这边已联系快递拦截"));
        JsonNode message = written.get("data").get("afsMessages").get(0);
        assertThat(message.get("afsMessageId").asLong()).isEqualTo(written.get("afsMessageId").asLong());
        assertThat(message.get("role").asInt()).isEqualTo(2);
        assertThat(oracle(id).get("buyerMessages")).hasSize(1);

        JsonNode uploaded = ok("jingdong.asc.evidence.upload", Map.of("serviceId", id,
                "evidence", "SIGNING_PROOF:https://proof.test/1", "note", "签收底单"));
        assertThat(uploaded.get("data").get("evidences").get(0).get("evidence").asString())
                .isEqualTo("SIGNING_PROOF:https://proof.test/1");
        assertError(call("jingdong.asc.evidence.upload", Map.of("serviceId", id, "complaintId", "C",
                "evidence", "PHOTO:p")), "20", "serviceId");

        String complaintId = unique("JDC");
        http.postJson(CONTROL + "/complaints", "{\"shopId\":\"shop-1\",\"orderId\":\"T-1\",\"complaintId\":\""
                + complaintId + "\",\"kind\":\"LATE_SHIPMENT\"}");
        assertError(call("jingdong.asc.complaint.answer", Map.of("complaintId", complaintId, "answer", "2")), "20",
                "evidence");
        JsonNode answered = ok("jingdong.asc.complaint.answer", Map.of("complaintId", complaintId, "answer", "1",
                "compensateSum", "20.00", "note", "发货延迟, 补偿20元"));
        assertThat(answered.get("data").get("status").asInt()).isEqualTo(2);
        assertThat(answered.get("data").get("merchantAnswer").asInt()).isEqualTo(1);
        assertThat(answered.get("data").get("compensateSum").asString()).isEqualTo("20.00");
        JsonNode actions = http.get(CONTROL + "/complaints/" + complaintId).json().get("actions");
        assertThat(actions.get(0).get("action").asString()).isEqualTo("ACCEPT_COMPLAINT");
        assertThat(actions.get(1).get("action").asString()).isEqualTo("COMPENSATE");
        assertThat(actions.get(1).get("amountFen").asLong()).isEqualTo(2000);
        assertFailure(result(call("jingdong.asc.complaint.answer", Map.of("complaintId", complaintId, "answer", "1")),
                "jingdong.asc.complaint.answer"), "10306");
    }
}
