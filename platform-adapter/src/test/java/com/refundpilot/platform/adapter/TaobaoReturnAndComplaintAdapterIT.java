package com.refundpilot.platform.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.refundpilot.contracts.commands.AgreeReturn;
import com.refundpilot.contracts.commands.AnswerComplaint;
import com.refundpilot.contracts.commands.ExtendReceipt;
import com.refundpilot.contracts.commands.ReportShipmentCancelled;
import com.refundpilot.contracts.commands.UploadEvidence;
import com.refundpilot.contracts.envelope.Envelope;
import com.refundpilot.contracts.envelope.Message;
import com.refundpilot.contracts.events.ComplaintFiled;
import com.refundpilot.contracts.events.DeadlineChanged;
import com.refundpilot.contracts.events.PlatformActionRejected;
import com.refundpilot.contracts.events.PlatformActionSucceeded;
import com.refundpilot.contracts.events.PlatformIntervened;
import com.refundpilot.contracts.events.PlatformVerdict;
import com.refundpilot.contracts.events.RefundRequested;
import com.refundpilot.contracts.events.ReturnShipped;
import com.refundpilot.contracts.vocabulary.ComplaintAnswer;
import com.refundpilot.contracts.vocabulary.Evidence;
import com.refundpilot.contracts.vocabulary.EvidenceKind;
import com.refundpilot.contracts.vocabulary.OrderRef;
import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.contracts.vocabulary.PlatformAction;
import com.refundpilot.kit.outbox.AggregateStore;
import com.refundpilot.kit.testsupport.EmbeddedMongo;
import com.refundpilot.platform.PlatformAdapterApplication;
import com.refundpilot.platform.adapter.out.mongo.PlatformActionDocument;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Returns, receipt extensions, evidence and complaint answers against the REAL sandbox over HTTP and a real KRaft
 * broker: each command reaches the platform once per action key however often it is delivered, an attempt whose
 * answer was lost is read back instead of sent again, invalid commands never reach the platform, and the
 * complaint's platform moves come back as events of the complaint's own case.
 */
@SpringBootTest(classes = PlatformAdapterApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedKafka(partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
class TaobaoReturnAndComplaintAdapterIT extends AdapterAgainstSandbox {

    private static final TaobaoSandbox SANDBOX = new TaobaoSandbox();
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final List<Evidence> PROOF = List.of(
            new Evidence(EvidenceKind.SIGNING_PROOF, "https://courier.example/proof/ZT1.jpg"),
            new Evidence(EvidenceKind.CHAT_LOG, "chat 1001, 1002"));
    /** PROOF on the wire: KIND:reference, the comma inside a reference made a space. */
    private static final String PROOF_WIRE = "SIGNING_PROOF:https://courier.example/proof/ZT1.jpg,CHAT_LOG:chat 1001  1002";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> EmbeddedMongo.freshUri("platform-returns"));
        registry.add("refundpilot.platforms.taobao.base-url", SANDBOX::baseUrl);
    }

    @Autowired
    AggregateStore store;

    @AfterAll
    static void stopSandbox() {
        SANDBOX.stop();
    }

    @Override
    RealSandbox sandbox() {
        return SANDBOX;
    }

    // ---- helpers ----------------------------------------------------------------------------------------

    private static List<String> actionNames(String path) {
        return ((List<?>) SANDBOX.read(path).get("actions")).stream().map(a -> (String) ((Map<?, ?>) a).get("action"))
                .toList();
    }

    private static OrderRef orderOf(String id) {
        return new OrderRef(Platform.TAOBAO, "shop-1", "T-" + id);
    }

    private void opened(String refundId, String type) {
        SANDBOX.control("/refunds", Map.of("shopId", "shop-1", "orderId", "T-" + refundId, "refundId", refundId,
                "type", type, "reason", "质量问题", "amountFen", 59900, "orderPaidFen", 59900, "deadlineIn", "PT72H"));
        refundEvents.awaitOne(RefundRequested.class, refundId);
    }

    private void filed(String complaintId) {
        SANDBOX.control("/complaints", Map.of("shopId", "shop-1", "orderId", "T-" + complaintId, "complaintId", complaintId,
                "kind", "LATE_SHIPMENT", "deadlineIn", "PT24H"));
        refundEvents.awaitOne(ComplaintFiled.class, complaintId);
    }

    /** The same envelope delivered twice, then the same decision as a new envelope. */
    private void sendThreeTimes(Message command) {
        Envelope envelope = Envelope.first(command, "test", clock.instant());
        kafka.send(envelope.topic(), envelope.partitionKey(), codec.encode(envelope));
        kafka.send(envelope.topic(), envelope.partitionKey(), codec.encode(envelope));
        send(command);
    }

    /** The adapter stored its intent and called, then crashed before recording the answer. */
    private void lostAnswer(String actionKey, PlatformAction action, String subject, String method,
            Map<String, String> params) {
        var intent = new PlatformActionDocument(actionKey, action, subject, clock.instant());
        intent.attempted(clock.instant());
        store.save(intent);
        SANDBOX.topCall(method, params);
    }

    private void assertRecovered(String actionKey) {
        assertThat(store.find(PlatformActionDocument.class, actionKey).orElseThrow().getResultCode())
                .isEqualTo("RECOVERED");
    }

    private AgreeReturn agreeReturn(String refundId, long version, String key) {
        OrderRef order = orderOf(refundId);
        return new AgreeReturn(order, order.caseIdOf(refundId), refundId, "浙江", "杭州", "余杭区仓前街道1号 退货仓",
                true, version, order.caseIdOf(refundId) + ":" + key, "RR-1");
    }

    private ExtendReceipt extension(String refundId, Duration by, String key) {
        OrderRef order = orderOf(refundId);
        return new ExtendReceipt(order, order.caseIdOf(refundId), refundId, by, 3, order.caseIdOf(refundId) + ":" + key,
                "RR-16");
    }

    private UploadEvidence evidence(String caseRef, String key) {
        OrderRef order = orderOf(caseRef);
        return new UploadEvidence(order, order.caseIdOf(caseRef), caseRef, PROOF, "签收底单与聊天记录",
                order.caseIdOf(caseRef) + ":" + key, "CP-2");
    }

    private AnswerComplaint answer(String complaintId, ComplaintAnswer answer, long fen, List<Evidence> evidence,
            String key) {
        OrderRef order = orderOf(complaintId);
        return new AnswerComplaint(order, order.caseIdOf(complaintId), complaintId, answer, fen, evidence, "已联系买家",
                order.caseIdOf(complaintId) + ":" + key, "CP-1");
    }

    /** A return request whose return the merchant agreed and the buyer shipped (version 3). */
    private void returnOnItsWay(String refundId) {
        opened(refundId, "RETURN_AND_REFUND");
        send(agreeReturn(refundId, 1, "AGREE_RETURN:1"));
        actionResults.awaitOne(PlatformActionSucceeded.class, refundId);
        SANDBOX.control("/refunds/" + refundId + "/return-shipment", Map.of("carrier", "ZTO", "trackingNo", "ZT-" + refundId));
        refundEvents.awaitOne(ReturnShipped.class, refundId);
    }

    // ---- agree return ----------------------------------------------------------------------------------------

    @Test
    void anAgreedReturnReachesThePlatformOnceAndTheBuyersWaybillStartsTenDaysToConfirmReceipt() {
        opened("R-RET", "RETURN_AND_REFUND");
        long callsBefore = SANDBOX.calls("taobao.rp.returngoods.agree");

        sendThreeTimes(agreeReturn("R-RET", 1, "AGREE_RETURN:1"));

        PlatformActionSucceeded done = actionResults.awaitOne(PlatformActionSucceeded.class, "R-RET");
        assertThat(done.action()).isEqualTo(PlatformAction.AGREE_RETURN);
        assertThat(done.caseId()).isEqualTo("TAOBAO:shop-1:R-RET");
        assertThat(done.actionKey()).isEqualTo("TAOBAO:shop-1:R-RET:AGREE_RETURN:1");
        Map<?, ?> seen = SANDBOX.read("/refunds/R-RET");
        assertThat(seen.get("status")).isEqualTo("WAIT_BUYER_RETURN_GOODS");
        Map<?, ?> params = (Map<?, ?>) ((Map<?, ?>) ((List<?>) seen.get("actions")).get(0)).get("params");
        assertThat(params.get("address")).isEqualTo("余杭区仓前街道1号 退货仓");
        assertThat(params.get("sellerPaysPostage")).isEqualTo("true");

        SANDBOX.control("/refunds/R-RET/return-shipment", Map.of("carrier", "ZTO", "trackingNo", "ZT-RET-9"));
        ReturnShipped shipped = refundEvents.awaitOne(ReturnShipped.class, "R-RET");
        assertThat(shipped.platformVersion()).isEqualTo(3);
        assertThat(Duration.between(shipped.shippedAt(), shipped.deadline())).isEqualTo(Duration.ofDays(10));
        assertThat(SANDBOX.calls("taobao.rp.returngoods.agree")).isEqualTo(callsBefore + 1);
        assertThat(actionResults.about(PlatformActionSucceeded.class, "R-RET")).hasSize(1);
    }

    @Test
    void anAgreedReturnWhoseAnswerWasLostIsReadBackAndARefundOnlyRequestIsRefused() {
        opened("R-RET-LOST", "RETURN_AND_REFUND");
        AgreeReturn command = agreeReturn("R-RET-LOST", 1, "AGREE_RETURN:1");
        lostAnswer(command.actionKey(), PlatformAction.AGREE_RETURN, "R-RET-LOST", "taobao.rp.returngoods.agree",
                Map.of("refund_id", "R-RET-LOST", "refund_version", "1", "province", "浙江", "city", "杭州"));
        long callsBefore = SANDBOX.calls("taobao.rp.returngoods.agree");

        send(command);

        assertThat(actionResults.awaitOne(PlatformActionSucceeded.class, "R-RET-LOST").action())
                .isEqualTo(PlatformAction.AGREE_RETURN);
        assertThat(SANDBOX.calls("taobao.rp.returngoods.agree")).as("re-read, not resent").isEqualTo(callsBefore);
        assertRecovered(command.actionKey());

        opened("R-RET-NO", "REFUND_ONLY");
        send(agreeReturn("R-RET-NO", 1, "AGREE_RETURN:1"));
        PlatformActionRejected rejected = actionResults.awaitOne(PlatformActionRejected.class, "R-RET-NO");
        assertThat(rejected.action()).isEqualTo(PlatformAction.AGREE_RETURN);
        assertThat(rejected.code()).isEqualTo("isv.refund-type-invalid");
    }

    // ---- report a cancelled shipment (AliGenius, ADR 0011) ------------------------------------------------------

    private ReportShipmentCancelled shipmentCancelled(String refundId) {
        OrderRef order = orderOf(refundId);
        return new ReportShipmentCancelled(order, order.caseIdOf(refundId), refundId, 59900,
                Instant.parse("2026-11-11T02:00:00Z"), order.caseIdOf(refundId) + ":REPORT_SHIPMENT_CANCELLED", "NS-1",
                null);
    }

    @Test
    void aCancelledShipmentIsReportedOnceWithItsParamAndShowsInTheRefundsActions() {
        opened("R-SGC", "REFUND_ONLY");
        long callsBefore = SANDBOX.calls("taobao.rdc.aligenius.sendgoods.cancel");

        sendThreeTimes(shipmentCancelled("R-SGC"));

        PlatformActionSucceeded done = actionResults.awaitOne(PlatformActionSucceeded.class, "R-SGC");
        assertThat(done.action()).isEqualTo(PlatformAction.REPORT_SHIPMENT_CANCELLED);
        assertThat(done.actionKey()).isEqualTo("TAOBAO:shop-1:R-SGC:REPORT_SHIPMENT_CANCELLED");
        Map<?, ?> seen = SANDBOX.read("/refunds/R-SGC");
        assertThat(actionNames("/refunds/R-SGC")).containsExactly("REPORT_SHIPMENT_CANCELLED");
        Map<?, ?> params = (Map<?, ?>) ((Map<?, ?>) ((List<?>) seen.get("actions")).get(0)).get("params");
        assertThat(params.get("refundFen")).isEqualTo("59900");
        assertThat(params.get("cancelledAt")).isEqualTo("2026-11-11T02:00:00Z");
        assertThat(seen.get("status")).as("informational: the merchant's agree still pays").isEqualTo("WAIT_SELLER_AGREE");
        assertThat(SANDBOX.calls("taobao.rdc.aligenius.sendgoods.cancel")).isEqualTo(callsBefore + 1);
    }

    @Test
    void aReportWhoseAnswerWasLostIsSentAgainAndItsReportedAlreadyIsASuccess() {
        opened("R-SGC-LOST", "REFUND_ONLY");
        ReportShipmentCancelled command = shipmentCancelled("R-SGC-LOST");
        lostAnswer(command.actionKey(), PlatformAction.REPORT_SHIPMENT_CANCELLED, "R-SGC-LOST",
                "taobao.rdc.aligenius.sendgoods.cancel", Map.of("param", "{\"refund_id\":\"R-SGC-LOST\",\"tid\":"
                        + "\"T-R-SGC-LOST\",\"status\":\"SUCCESS\",\"refund_fee\":59900,\"operate_time\":"
                        + "\"2026-11-11 10:00:00\"}"));

        send(command);

        assertThat(actionResults.awaitOne(PlatformActionSucceeded.class, "R-SGC-LOST").action())
                .isEqualTo(PlatformAction.REPORT_SHIPMENT_CANCELLED);
        assertThat(actionNames("/refunds/R-SGC-LOST")).as("taken once").containsExactly("REPORT_SHIPMENT_CANCELLED");

        opened("R-SGC-RET", "RETURN_AND_REFUND");
        send(shipmentCancelled("R-SGC-RET"));
        PlatformActionRejected rejected = actionResults.awaitOne(PlatformActionRejected.class, "R-SGC-RET");
        assertThat(rejected.code()).isEqualTo("isv.refund-type-invalid");
    }

    // ---- extend receipt ---------------------------------------------------------------------------------------

    @Test
    void anExtensionReachesThePlatformOnceAndTheMovedDeadlineComesBack() {
        returnOnItsWay("R-EXT");
        long callsBefore = SANDBOX.calls("taobao.rp.returngoods.extend");
        Instant before = Instant.parse((String) SANDBOX.read("/refunds/R-EXT").get("deadline"));

        sendThreeTimes(extension("R-EXT", Duration.ofDays(3), "EXTEND_RECEIPT:3"));

        await().atMost(WAIT).until(() -> actionResults.about(PlatformActionSucceeded.class, "R-EXT").size() == 2);
        PlatformActionSucceeded extended = actionResults.about(PlatformActionSucceeded.class, "R-EXT").get(1);
        assertThat(extended.action()).isEqualTo(PlatformAction.EXTEND_RECEIPT);
        assertThat(extended.caseId()).isEqualTo("TAOBAO:shop-1:R-EXT");
        DeadlineChanged moved = refundEvents.awaitOne(DeadlineChanged.class, "R-EXT");
        assertThat(moved.deadline()).as("Taobao's wire times are whole seconds")
                .isEqualTo(before.plus(Duration.ofDays(3)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        assertThat(SANDBOX.calls("taobao.rp.returngoods.extend")).isEqualTo(callsBefore + 1);
        assertThat(actionNames("/refunds/R-EXT")).containsExactly("AGREE_RETURN", "EXTEND_RECEIPT");
    }

    @Test
    void anExtensionWhoseAnswerWasLostIsReadBackAndOneBeforeTheReturnShipsIsRefused() {
        returnOnItsWay("R-EXT-LOST");
        ExtendReceipt command = extension("R-EXT-LOST", Duration.ofHours(36), "EXTEND_RECEIPT:3");
        lostAnswer(command.actionKey(), PlatformAction.EXTEND_RECEIPT, "R-EXT-LOST", "taobao.rp.returngoods.extend",
                Map.of("refund_id", "R-EXT-LOST", "refund_version", "3", "extend_duration", "PT36H"));
        long callsBefore = SANDBOX.calls("taobao.rp.returngoods.extend");

        send(command);

        await().atMost(WAIT).until(() -> actionResults.about(PlatformActionSucceeded.class, "R-EXT-LOST").size() == 2);
        assertThat(SANDBOX.calls("taobao.rp.returngoods.extend")).isEqualTo(callsBefore);
        assertRecovered(command.actionKey());

        opened("R-EXT-EARLY", "RETURN_AND_REFUND");
        OrderRef order = orderOf("R-EXT-EARLY");
        send(new ExtendReceipt(order, order.caseIdOf("R-EXT-EARLY"), "R-EXT-EARLY", Duration.ofDays(3), 1,
                order.caseIdOf("R-EXT-EARLY") + ":EXTEND_RECEIPT:1", "RR-16"));
        PlatformActionRejected rejected = actionResults.awaitOne(PlatformActionRejected.class, "R-EXT-EARLY");
        assertThat(rejected.action()).isEqualTo(PlatformAction.EXTEND_RECEIPT);
        assertThat(rejected.code()).isEqualTo("isv.refund-status-invalid");
    }

    // ---- evidence -----------------------------------------------------------------------------------------------

    @Test
    void evidenceForARefundAndForAComplaintReachesThePlatformOnceEach() {
        opened("R-EVI", "REFUND_ONLY");
        SANDBOX.control("/refunds/R-EVI/intervention", Map.of("evidenceDeadlineIn", "PT48H"));
        filed("C-EVI");
        long callsBefore = SANDBOX.calls("taobao.rp.evidence.upload");

        sendThreeTimes(evidence("R-EVI", "UPLOAD_EVIDENCE:1"));
        sendThreeTimes(evidence("C-EVI", "UPLOAD_EVIDENCE:1"));

        PlatformActionSucceeded forRefund = actionResults.awaitOne(PlatformActionSucceeded.class, "R-EVI");
        assertThat(forRefund.action()).isEqualTo(PlatformAction.UPLOAD_EVIDENCE);
        assertThat(forRefund.caseId()).isEqualTo("TAOBAO:shop-1:R-EVI");
        PlatformActionSucceeded forComplaint = actionResults.awaitOne(PlatformActionSucceeded.class, "C-EVI");
        assertThat(forComplaint.refundId()).isEqualTo("C-EVI");
        assertThat(forComplaint.caseId()).isEqualTo("TAOBAO:shop-1:C-EVI");
        Map<?, ?> uploaded = (Map<?, ?>) ((List<?>) SANDBOX.read("/refunds/R-EVI").get("actions")).get(0);
        assertThat(uploaded.get("action")).isEqualTo("UPLOAD_EVIDENCE");
        assertThat(((Map<?, ?>) uploaded.get("params")).get("evidence")).isEqualTo(PROOF_WIRE);
        assertThat(actionNames("/complaints/C-EVI")).containsExactly("UPLOAD_EVIDENCE");
        assertThat(SANDBOX.calls("taobao.rp.evidence.upload")).isEqualTo(callsBefore + 2);
    }

    @Test
    void evidenceWhoseAnswerWasLostIsReadBackAndEvidenceForAnUnknownCaseIsNeverSent() {
        opened("R-EVI-LOST", "REFUND_ONLY");
        UploadEvidence command = evidence("R-EVI-LOST", "UPLOAD_EVIDENCE:1");
        lostAnswer(command.actionKey(), PlatformAction.UPLOAD_EVIDENCE, "R-EVI-LOST", "taobao.rp.evidence.upload",
                Map.of("refund_id", "R-EVI-LOST", "evidence", PROOF_WIRE));
        long callsBefore = SANDBOX.calls("taobao.rp.evidence.upload");

        send(command);

        actionResults.awaitOne(PlatformActionSucceeded.class, "R-EVI-LOST");
        assertRecovered(command.actionKey());

        send(evidence("C-NOBODY", "UPLOAD_EVIDENCE:1"));
        PlatformActionRejected rejected = actionResults.awaitOne(PlatformActionRejected.class, "C-NOBODY");
        assertThat(rejected.action()).isEqualTo(PlatformAction.UPLOAD_EVIDENCE);
        assertThat(rejected.code()).isEqualTo("isv.complaint-not-exist");
        assertThat(SANDBOX.calls("taobao.rp.evidence.upload")).as("neither re-sent nor sent").isEqualTo(callsBefore);
    }

    // ---- complaint answers ------------------------------------------------------------------------------------

    @Test
    void anAcceptanceWithCompensationReachesThePlatformOnceAndASecondAnswerIsRefused() {
        filed("C-ACC");
        long callsBefore = SANDBOX.calls("taobao.rp.complaint.answer");

        sendThreeTimes(answer("C-ACC", ComplaintAnswer.ACCEPT, 500, List.of(), "ACCEPT_COMPLAINT"));

        PlatformActionSucceeded accepted = actionResults.awaitOne(PlatformActionSucceeded.class, "C-ACC");
        assertThat(accepted.action()).isEqualTo(PlatformAction.ACCEPT_COMPLAINT);
        assertThat(accepted.amountFen()).isEqualTo(500);
        assertThat(accepted.caseId()).isEqualTo("TAOBAO:shop-1:C-ACC");
        Map<?, ?> seen = SANDBOX.read("/complaints/C-ACC");
        assertThat(actionNames("/complaints/C-ACC")).containsExactly("ACCEPT_COMPLAINT", "COMPENSATE");
        assertThat(((Number) seen.get("compensationFen")).longValue()).isEqualTo(500);
        assertThat(SANDBOX.calls("taobao.rp.complaint.answer")).isEqualTo(callsBefore + 1);

        send(answer("C-ACC", ComplaintAnswer.REJECT, 0, PROOF, "REJECT_COMPLAINT"));
        PlatformActionRejected second = actionResults.awaitOne(PlatformActionRejected.class, "C-ACC");
        assertThat(second.action()).isEqualTo(PlatformAction.REJECT_COMPLAINT);
        assertThat(second.code()).isEqualTo("isv.complaint-already-answered");
        assertThat(actionNames("/complaints/C-ACC")).containsExactly("ACCEPT_COMPLAINT", "COMPENSATE");
    }

    @Test
    void aRejectionWithEvidenceIsRecordedOneWhoseAnswerWasLostIsReadBackAndAnInvalidOneIsNeverSent() {
        filed("C-REJ");
        send(answer("C-REJ", ComplaintAnswer.REJECT, 0, PROOF, "REJECT_COMPLAINT"));
        PlatformActionSucceeded rejected = actionResults.awaitOne(PlatformActionSucceeded.class, "C-REJ");
        assertThat(rejected.action()).isEqualTo(PlatformAction.REJECT_COMPLAINT);
        assertThat(rejected.amountFen()).isZero();
        Map<?, ?> action = (Map<?, ?>) ((List<?>) SANDBOX.read("/complaints/C-REJ").get("actions")).get(0);
        assertThat(((Map<?, ?>) action.get("params")).get("evidence")).isEqualTo(PROOF_WIRE);

        filed("C-LOST");
        AnswerComplaint lost = answer("C-LOST", ComplaintAnswer.ACCEPT, 0, List.of(), "ACCEPT_COMPLAINT");
        lostAnswer(lost.actionKey(), PlatformAction.ACCEPT_COMPLAINT, "C-LOST", "taobao.rp.complaint.answer",
                Map.of("complaint_id", "C-LOST", "answer", "ACCEPT"));
        long callsBefore = SANDBOX.calls("taobao.rp.complaint.answer");
        send(lost);
        actionResults.awaitOne(PlatformActionSucceeded.class, "C-LOST");
        assertRecovered(lost.actionKey());

        filed("C-BAD");
        send(answer("C-BAD", ComplaintAnswer.REJECT, 300, PROOF, "REJECT_COMPLAINT"));
        PlatformActionRejected invalid = actionResults.awaitOne(PlatformActionRejected.class, "C-BAD");
        assertThat(invalid.code()).isEqualTo("INVALID_REQUEST");
        assertThat(invalid.reason()).contains("no compensation");
        assertThat(SANDBOX.calls("taobao.rp.complaint.answer")).isEqualTo(callsBefore);
        assertThat(SANDBOX.read("/complaints/C-BAD").get("status")).isEqualTo("WAIT_SELLER_HANDLE");
    }

    // ---- the platform's moves on a complaint -----------------------------------------------------------------------

    @Test
    void aComplaintsShipTimesInterventionDeadlineAndVerdictAreEventsOfItsOwnCase() {
        Instant promised = Instant.parse("2026-11-10T10:00:00Z");
        Instant shipped = Instant.parse("2026-11-11T01:00:00Z");
        SANDBOX.control("/complaints", Map.of("shopId", "shop-1", "orderId", "T-C-STAFF", "complaintId", "C-STAFF",
                "kind", "LATE_SHIPMENT", "deadlineIn", "PT24H", "promisedShipBy", promised.toString(),
                "shippedAt", shipped.toString()));
        ComplaintFiled filed = refundEvents.awaitOne(ComplaintFiled.class, "C-STAFF");
        assertThat(filed.promisedShipBy()).isEqualTo(promised);
        assertThat(filed.shippedAt()).isEqualTo(shipped);

        SANDBOX.control("/complaints/C-STAFF/deadline", Map.of("deadlineIn", "PT6H"));
        DeadlineChanged moved = refundEvents.awaitOne(DeadlineChanged.class, "C-STAFF");
        assertThat(moved.caseId()).isEqualTo("TAOBAO:shop-1:C-STAFF");
        assertThat(Duration.between(moved.changedAt(), moved.deadline())).isEqualTo(Duration.ofHours(6));

        SANDBOX.control("/complaints/C-STAFF/intervention", Map.of("evidenceDeadlineIn", "PT48H"));
        PlatformIntervened intervened = refundEvents.awaitOne(PlatformIntervened.class, "C-STAFF");
        assertThat(intervened.caseId()).isEqualTo("TAOBAO:shop-1:C-STAFF");
        assertThat(Duration.between(intervened.intervenedAt(), intervened.evidenceDeadline()))
                .isEqualTo(Duration.ofHours(48));

        SANDBOX.control("/complaints/C-STAFF/verdict", Map.of("for", "MERCHANT"));
        PlatformVerdict verdict = refundEvents.awaitOne(PlatformVerdict.class, "C-STAFF");
        assertThat(verdict.forMerchant()).isTrue();
        assertThat(verdict.caseId()).isEqualTo("TAOBAO:shop-1:C-STAFF");
    }
}
