package com.refundpilot.platform.domain.jd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.refundpilot.contracts.events.BuyerReplied;
import com.refundpilot.contracts.events.ComplaintFiled;
import com.refundpilot.contracts.events.DeadlineChanged;
import com.refundpilot.contracts.events.NegotiationAnswered;
import com.refundpilot.contracts.events.PlatformIntervened;
import com.refundpilot.contracts.events.PlatformRefundSettled;
import com.refundpilot.contracts.events.PlatformRefundSettled.Settlement;
import com.refundpilot.contracts.events.PlatformVerdict;
import com.refundpilot.contracts.events.RefundModified;
import com.refundpilot.contracts.events.RefundRequested;
import com.refundpilot.contracts.events.ReturnShipped;
import com.refundpilot.contracts.vocabulary.BuyerIntent;
import com.refundpilot.contracts.vocabulary.ComplaintAnswer;
import com.refundpilot.contracts.vocabulary.NegotiationKind;
import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.contracts.vocabulary.PlatformAction;
import com.refundpilot.contracts.vocabulary.RefundReason;
import com.refundpilot.contracts.vocabulary.RefundType;
import com.refundpilot.platform.domain.Normalized;
import com.refundpilot.platform.wire.jd.JdJson;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;

/** JD bills and complaints → canonical events: the normalization tables, and what is dropped (with why) instead. */
class JdNormalizerTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final JdNormalizer normalizer = new JdNormalizer(Duration.ofHours(48), Set.of(PlatformAction.AGREE_REFUND));

    /** A bill at step 22; {@code extra} adds or overrides fields (later keys win in the parsed object). */
    private static JdBill bill(int expect, int step, String extra) {
        String json = "{\"serviceId\":\"J1\",\"orderId\":\"O1\",\"buId\":\"shop-j\",\"customerExpect\":" + expect
                + ",\"afsServiceStep\":" + step + ",\"sysVersion\":3,\"questionTypeCid1\":1013,"
                + "\"questionTypeName\":\"不想要了\",\"applyRefundSum\":\"599.00\",\"refundSum\":\"0.00\","
                + "\"serviceCount\":1,\"orderWareNum\":2,\"orderPayment\":\"1198.00\",\"outerSkuId\":\"SKU-1\","
                + "\"afsApplyTime\":\"2026-12-01 16:00:00\",\"modifiedTime\":\"2026-12-01 17:00:00\","
                + "\"processExpireTime\":\"2026-12-04 16:00:00\"" + extra + "}";
        return JdJson.bill(JSON.readTree(json), "data.");
    }

    private static JdMessage message(String topic) {
        return new JdMessage("m1", topic, "shop-j", new JdContent("J1", null, "O1", "shop-j", null, null, null,
                null, null, null));
    }

    private static JdMessage message(String topic, JdContent content) {
        return new JdMessage("m1", topic, "shop-j", content);
    }

    private Normalized normalize(String topic, JdBill bill) {
        return normalizer.normalize(message(topic), JdFacts.of(bill), NOW);
    }

    @ParameterizedTest
    @CsvSource({"10, RETURN_AND_REFUND", "20, EXCHANGE", "80, RESHIP", "90, REFUND_ONLY"})
    void theCustomersExpectationIsTheRequestsType(int expect, RefundType type) {
        assertThat(JdCodes.typeOf(expect)).isEqualTo(type);
        var requested = (RefundRequested) normalize(JdTopics.SERVICE_CREATE, bill(expect, 22, "")).events().get(0);
        assertThat(requested.type()).isEqualTo(type);
    }

    @Test
    void aRepairOrAnUnknownExpectationIsDroppedNeverThrown() {
        assertThatThrownBy(() -> JdCodes.typeOf(30)).hasMessageContaining("维修");
        Normalized repair = normalize(JdTopics.SERVICE_CREATE, bill(30, 22, ""));
        assertThat(repair.events()).isEmpty();
        assertThat(repair.dropReason()).contains("unmappable").contains("30");
    }

    @Test
    void aNewBillBecomesARefundRequestWithTheBillsMoneyVersionAndDeadline() {
        var requested = (RefundRequested) normalize(JdTopics.SERVICE_CREATE, bill(90, 22, "")).events().get(0);

        assertThat(requested.order().platform()).isEqualTo(Platform.JD);
        assertThat(requested.order().shopId()).isEqualTo("shop-j");
        assertThat(requested.order().orderId()).isEqualTo("O1");
        assertThat(requested.refundId()).isEqualTo("J1");
        assertThat(requested.amountFen()).isEqualTo(59900);
        assertThat(requested.orderPaidFen()).isEqualTo(119800);
        assertThat(requested.orderQuantity()).isEqualTo(2);
        assertThat(requested.sku()).isEqualTo("SKU-1");
        assertThat(requested.platformVersion()).isEqualTo(3);
        assertThat(requested.reason()).isEqualTo(RefundReason.NOT_WANTED);
        assertThat(requested.platformReason()).isEqualTo("不想要了");
        // Beijing times on the wire: 16:00 +08:00 is 08:00Z
        assertThat(requested.requestedAt()).isEqualTo(Instant.parse("2026-12-01T08:00:00Z"));
        assertThat(requested.deadline()).isEqualTo(Instant.parse("2026-12-04T08:00:00Z"));
        assertThat(requested.capabilities()).containsExactly(PlatformAction.AGREE_REFUND);
    }

    @Test
    void withoutAProcessExpireTimeTheDeadlineIsTheDefaultFromTheApplication() {
        var requested = (RefundRequested) normalize(JdTopics.SERVICE_CREATE,
                bill(10, 22, ",\"processExpireTime\":null")).events().get(0);
        assertThat(requested.deadline()).isEqualTo(Instant.parse("2026-12-01T08:00:00Z").plus(Duration.ofHours(48)));
        var modified = (RefundModified) normalize(JdTopics.SERVICE_MODIFY, bill(10, 22, ",\"processExpireTime\":null"))
                .events().get(0);
        assertThat(modified.deadline()).isEqualTo(Instant.parse("2026-12-01T09:00:00Z").plus(Duration.ofHours(48)));
    }

    @ParameterizedTest
    @CsvSource({"20", "32", "40", "50", "60"})
    void aCreatedOrModifiedBillNoLongerAtTheMerchantsAuditIsDropped(int step) {
        assertThat(normalize(JdTopics.SERVICE_CREATE, bill(90, step, "")).dropReason()).contains("no longer waits");
        assertThat(normalize(JdTopics.SERVICE_MODIFY, bill(90, step, "")).dropReason()).contains("no longer waits");
    }

    @ParameterizedTest
    @CsvSource({
        "1001, x, NO_REASON_7D", "1002, x, NOT_AS_DESCRIBED", "1003, x, QUALITY", "1004, x, DAMAGED",
        "1005, x, NOT_RECEIVED", "1006, x, MISSING_ITEM", "1007, x, WRONG_ITEM_SENT", "1008, x, SHIPPING_FEE",
        "1009, x, INVOICE", "1010, x, OUT_OF_STOCK", "1011, x, LATE_SHIPMENT", "1012, x, ORDERED_BY_MISTAKE",
        "1013, x, NOT_WANTED", "1014, 协商一致, OTHER",
        "1099, 收到商品质量问题, QUALITY", "1099, 随便说说, OTHER", "4711, 发错货了, WRONG_ITEM_SENT"})
    void theReasonIsReadByItsQuestionTypeElseByItsName(int cid, String name, RefundReason reason) {
        assertThat(JdReasons.normalize(cid, name)).isEqualTo(reason);
        assertThat(JdReasons.normalize(null, "商品质量问题")).isEqualTo(RefundReason.QUALITY);
        assertThat(JdReasons.normalize(null, null)).isEqualTo(RefundReason.OTHER);
    }

    @Test
    void theGoodsSentBackCarryTheirWaybillAndTheReceiptDeadline() {
        var shipped = (ReturnShipped) normalize(JdTopics.SEND_BACK, bill(10, 32,
                ",\"returnExpress\":{\"expressCompany\":\"SF\",\"expressCode\":\"SF1\"}")).events().get(0);

        assertThat(shipped.carrier()).isEqualTo("SF");
        assertThat(shipped.trackingNo()).isEqualTo("SF1");
        assertThat(shipped.deadline()).isEqualTo(Instant.parse("2026-12-04T08:00:00Z"));
        assertThat(shipped.platformVersion()).isEqualTo(3);
        assertThat(normalize(JdTopics.SEND_BACK, bill(10, 32, "")).dropReason()).contains("no return waybill");
    }

    @Test
    void aMovedDeadlineNeedsARunningOneAndAnInterventionCarriesItsEvidenceDeadline() {
        var changed = (DeadlineChanged) normalize(JdTopics.EXPIRE_CHANGE, bill(90, 22, "")).events().get(0);
        assertThat(changed.deadline()).isEqualTo(Instant.parse("2026-12-04T08:00:00Z"));
        assertThat(normalize(JdTopics.EXPIRE_CHANGE, bill(90, 22, ",\"processExpireTime\":null")).dropReason())
                .contains("no running merchant deadline");

        var intervened = (PlatformIntervened) normalize(JdTopics.JD_INTERVENE, bill(90, 22, ",\"processExpireTime\":null,"
                + "\"jdIntervene\":{\"interveneStatus\":1,\"evidenceExpireTime\":\"2026-12-02 20:00:00\"}")).events()
                .get(0);
        assertThat(intervened.evidenceDeadline()).isEqualTo(Instant.parse("2026-12-02T12:00:00Z"));
        var noDeadline = (PlatformIntervened) normalize(JdTopics.JD_INTERVENE, bill(90, 22,
                ",\"jdIntervene\":{\"interveneStatus\":1}")).events().get(0);
        assertThat(noDeadline.evidenceDeadline()).isEqualTo(Instant.parse("2026-12-01T09:00:00Z")
                .plus(Duration.ofHours(48)));
    }

    @Test
    void aRefundIsTheMessagesAmountAndAfterAVerdictTheVerdictComesFirst() {
        JdContent paid = new JdContent("J1", null, "O1", "shop-j", 90, 50, 4L, null, null, 30000L);
        var plain = normalizer.normalize(message(JdTopics.REFUND_SUCCESS, paid), JdFacts.of(bill(90, 50,
                ",\"refundSum\":\"300.00\"")), NOW).events();
        assertThat(plain).hasSize(1);
        assertThat(((PlatformRefundSettled) plain.get(0)).refundedFen()).isEqualTo(30000);
        assertThat(((PlatformRefundSettled) plain.get(0)).settlement()).isEqualTo(Settlement.REFUNDED);

        var decided = normalize(JdTopics.REFUND_SUCCESS, bill(90, 50, ",\"refundSum\":\"599.00\","
                + "\"jdIntervene\":{\"interveneStatus\":2,\"judgeResult\":2}")).events();
        assertThat(decided).hasSize(2);
        assertThat(((PlatformVerdict) decided.get(0)).forMerchant()).isFalse();
        assertThat(((PlatformRefundSettled) decided.get(1)).refundedFen()).isEqualTo(59900);
    }

    @Test
    void aClosedBillIsSettledClosedUnlessStaffDecidedThenOnlyTheVerdict() {
        var closed = (PlatformRefundSettled) normalize(JdTopics.SERVICE_CLOSE, bill(90, 60, "")).events().get(0);
        assertThat(closed.settlement()).isEqualTo(Settlement.CLOSED);
        assertThat(closed.refundedFen()).isZero();

        var verdict = normalize(JdTopics.SERVICE_CLOSE, bill(90, 60,
                ",\"jdIntervene\":{\"interveneStatus\":2,\"judgeResult\":1}")).events();
        assertThat(verdict).hasSize(1);
        assertThat(((PlatformVerdict) verdict.get(0)).forMerchant()).isTrue();
        // Intervened but not yet decided: an ordinary close
        assertThat(normalize(JdTopics.SERVICE_CLOSE, bill(90, 60, ",\"jdIntervene\":{\"interveneStatus\":1}"))
                .events().get(0)).isInstanceOf(PlatformRefundSettled.class);
    }

    @Test
    void onlyTheCustomersTrackMessagesAreReplies() {
        String messages = ",\"afsMessages\":[{\"afsMessageId\":11,\"role\":1,\"context\":\"没有收到货\",\"picUrls\":[\"p\"],"
                + "\"created\":\"2026-12-01 17:30:00\"},{\"afsMessageId\":12,\"role\":2,\"context\":\"亲亲\"}]";
        JdContent customer = new JdContent("J1", null, "O1", "shop-j", 90, 22, 3L, "11", null, null);
        JdContent merchant = new JdContent("J1", null, "O1", "shop-j", 90, 22, 3L, "12", null, null);
        JdContent missing = new JdContent("J1", null, "O1", "shop-j", 90, 22, 3L, "99", null, null);

        var replied = (BuyerReplied) normalizer.normalize(message(JdTopics.TRACK_MESSAGE, customer),
                JdFacts.of(bill(90, 22, messages)), NOW).events().get(0);
        assertThat(replied.intent()).isEqualTo(BuyerIntent.NOT_RECEIVED);
        assertThat(replied.photos()).isTrue();
        assertThat(replied.at()).isEqualTo(Instant.parse("2026-12-01T09:30:00Z"));
        assertThat(normalizer.normalize(message(JdTopics.TRACK_MESSAGE, merchant), JdFacts.of(bill(90, 22, messages)),
                NOW).dropReason()).contains("not the customer's");
        assertThat(normalizer.normalize(message(JdTopics.TRACK_MESSAGE, missing), JdFacts.of(bill(90, 22, messages)),
                NOW).dropReason()).contains("not found");
    }

    @Test
    void anAnswered协商IsTheBuyersAnswerWithTheAcceptedAmountOfAPartialRefund() {
        String feedbacks = ",\"feedbacks\":[{\"feedbackId\":501,\"feedbackType\":1,\"refundSum\":\"300.00\",\"sysVersion\":2,"
                + "\"status\":1,\"answered\":\"2026-12-01 17:45:00\",\"acceptedSum\":\"250.00\"},"
                + "{\"feedbackId\":502,\"feedbackType\":4,\"sysVersion\":3,\"status\":0}]";
        JdContent accepted = new JdContent("J1", null, "O1", "shop-j", 90, 22, 3L, null, "501", null);
        JdContent pending = new JdContent("J1", null, "O1", "shop-j", 90, 22, 3L, null, "502", null);

        var answered = (NegotiationAnswered) normalizer.normalize(message(JdTopics.FEEDBACK_ANSWER, accepted),
                JdFacts.of(bill(90, 22, feedbacks)), NOW).events().get(0);
        assertThat(answered.accepted()).isTrue();
        assertThat(answered.amountFen()).isEqualTo(25000);
        assertThat(answered.platformVersion()).isEqualTo(3);
        assertThat(answered.answeredAt()).isEqualTo(Instant.parse("2026-12-01T09:45:00Z"));
        assertThat(normalizer.normalize(message(JdTopics.FEEDBACK_ANSWER, pending), JdFacts.of(bill(90, 22, feedbacks)),
                NOW).dropReason()).contains("no answered");
        assertThat(JdCodes.feedbackType(NegotiationKind.ASK_EVIDENCE)).isEqualTo(4);
        assertThat(JdCodes.feedbackType(NegotiationKind.CHANGE_REASON)).isEqualTo(5);
    }

    private static JdComplaint complaint(String extra) {
        return JdJson.complaint(JSON.readTree("{\"complaintId\":\"C1\",\"orderId\":\"O1\",\"buId\":\"shop-j\","
                + "\"complaintType\":1,\"status\":1,\"created\":\"2026-12-01 16:00:00\","
                + "\"modified\":\"2026-12-01 16:30:00\",\"expireTime\":\"2026-12-02 16:00:00\","
                + "\"promiseShipTime\":\"2026-11-28 16:00:00\",\"outBoundTime\":\"2026-11-30 16:00:00\","
                + "\"orderPayment\":\"599.00\"" + extra + "}"), "data.");
    }

    private Normalized normalizeComplaint(String topic, JdComplaint complaint) {
        JdMessage message = new JdMessage("m2", topic, "shop-j", new JdContent(null, "C1", "O1", "shop-j", null,
                null, null, null, null, null));
        return normalizer.normalize(message, JdFacts.of(complaint), NOW);
    }

    @ParameterizedTest
    @CsvSource({"1, LATE_SHIPMENT", "2, SERVICE", "9, OTHER", "7, OTHER"})
    void aComplaintsTypeIsItsKind(int type, String kind) {
        assertThat(JdCodes.complaintKind(type)).isEqualTo(kind);
    }

    @Test
    void aComplaintIsFiledWithTheOrdersShipTimesAndDecidedByStaff() {
        var filed = (ComplaintFiled) normalizeComplaint(JdTopics.COMPLAINT_CREATE, complaint("")).events().get(0);
        assertThat(filed.kind()).isEqualTo("LATE_SHIPMENT");
        assertThat(filed.deadline()).isEqualTo(Instant.parse("2026-12-02T08:00:00Z"));
        assertThat(filed.promisedShipBy()).isEqualTo(Instant.parse("2026-11-28T08:00:00Z"));
        assertThat(filed.shippedAt()).isEqualTo(Instant.parse("2026-11-30T08:00:00Z"));
        assertThat(filed.orderPaidFen()).isEqualTo(59900);

        var verdict = (PlatformVerdict) normalizeComplaint(JdTopics.COMPLAINT_DECIDE, complaint(",\"status\":4,"
                + "\"jdIntervene\":{\"interveneStatus\":2,\"judgeResult\":1}")).events().get(0);
        assertThat(verdict.forMerchant()).isTrue();
        assertThat(normalizeComplaint(JdTopics.COMPLAINT_DECIDE, complaint("")).dropReason()).contains("no verdict");
        assertThat(normalizeComplaint(JdTopics.COMPLAINT_EXPIRE_CHANGE, complaint(",\"status\":2")).dropReason())
                .contains("awaits no answer");
        assertThat(JdCodes.answer(ComplaintAnswer.REJECT)).isEqualTo(2);
    }

    @Test
    void anUnknownTopicOrAnUnreadBillIsDroppedWithItsReason() {
        assertThat(normalize("jos_afs_something_else", bill(90, 22, "")).dropReason()).contains("unknown topic");
        assertThat(normalizer.normalize(message(JdTopics.SERVICE_CREATE), JdFacts.none(), NOW).dropReason())
                .contains("unknown topic");
        assertThat(JdCodes.rejectType("RS-4_PARCEL_INTERCEPTED")).isEqualTo(1);
        assertThat(JdCodes.rejectType("SIGNED_BY_BUYER")).isEqualTo(2);
        assertThat(JdCodes.rejectType("AFFECTS_RESALE")).isEqualTo(5);
    }
}
