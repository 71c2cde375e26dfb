package com.refundpilot.platform.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.refundpilot.contracts.events.BuyerReplied;
import com.refundpilot.contracts.events.ComplaintFiled;
import com.refundpilot.contracts.events.DeadlineChanged;
import com.refundpilot.contracts.events.NegotiationAnswered;
import com.refundpilot.contracts.events.PlatformIntervened;
import com.refundpilot.contracts.events.PlatformRefundSettled;
import com.refundpilot.contracts.events.PlatformVerdict;
import com.refundpilot.contracts.events.RefundModified;
import com.refundpilot.contracts.events.ReturnShipped;
import com.refundpilot.contracts.vocabulary.BuyerIntent;
import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.contracts.vocabulary.RefundReason;
import com.refundpilot.contracts.vocabulary.RefundType;
import com.refundpilot.platform.domain.Normalized;
import com.refundpilot.platform.domain.taobao.TaobaoChatMessage;
import com.refundpilot.platform.domain.taobao.TaobaoComplaint;
import com.refundpilot.platform.domain.taobao.TaobaoFacts;
import com.refundpilot.platform.domain.taobao.TaobaoNegotiation;
import com.refundpilot.platform.domain.taobao.TaobaoPush;
import com.refundpilot.platform.domain.taobao.TaobaoRefund;
import com.refundpilot.platform.domain.taobao.TaobaoRefundNormalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each pushed topic → its canonical events (or a drop with a reason), from fetched platform facts. */
class TaobaoNormalizerTest {

    private static final Instant NOW = Instant.parse("2026-11-11T02:00:00Z");
    private static final Instant DEADLINE = Instant.parse("2026-11-14T02:00:00Z");
    private final TaobaoRefundNormalizer normalizer = new TaobaoRefundNormalizer(Duration.ofHours(72), null);

    private static TaobaoRefund refund(String status, String billType, String sid, int csStatus) {
        return new TaobaoRefund("R1", "T1001", status, billType, false, "419.30", "599.00", 1, 1, "SKU", "未收到货",
                "shop-1", "2026-11-11 10:00:00", "2026-11-11 10:00:00", 3, status.startsWith("WAIT"),
                "2026-11-14 10:00:00", sid == null ? null : "ZTO", sid, csStatus,
                csStatus == 3 ? "2026-11-13 10:00:00" : null);
    }

    private static TaobaoRefund waiting() {
        return refund("WAIT_SELLER_AGREE", "refund_bill", null, 1);
    }

    private static TaobaoPush push(String topic, String refundFee, String messageId, String negotiationId) {
        return new TaobaoPush(topic, "m1", "R1", null, "T1001", "shop-1", refundFee, messageId, negotiationId);
    }

    /** Received an hour after the platform's change: event times must be the platform's, not the receipt's. */
    private static final Instant RECEIVED = NOW.plus(Duration.ofHours(1));

    private Normalized normalize(String topic, TaobaoFacts facts) {
        return normalizer.normalize(push(topic, null, null, null), facts, Platform.TAOBAO, RECEIVED);
    }

    @Test
    void aBuyerModificationIsRefundModifiedWithTheNewTermsVersionAndDeadline() {
        var event = (RefundModified) normalize("taobao_refund_RefundBuyerModifyAgreement", TaobaoFacts.of(waiting()))
                .events().get(0);
        assertThat(event.amountFen()).isEqualTo(41930);
        assertThat(event.reason()).isEqualTo(RefundReason.NOT_RECEIVED);
        assertThat(event.platformReason()).isEqualTo("未收到货");
        assertThat(event.platformVersion()).isEqualTo(3);
        assertThat(event.deadline()).isEqualTo(DEADLINE);
        assertThat(event.modifiedAt()).isEqualTo(NOW);
        assertThat(normalize("taobao_refund_RefundBuyerModifyAgreement",
                TaobaoFacts.of(refund("CLOSED", "refund_bill", null, 1))).dropReason()).contains("CLOSED");
    }

    @Test
    void aReturnWaybillIsReturnShippedAndWithoutOneItIsDropped() {
        var event = (ReturnShipped) normalize("taobao_refund_RefundBuyerReturnGoods",
                TaobaoFacts.of(refund("WAIT_SELLER_CONFIRM_GOODS", "return_bill", "ZT77", 1))).events().get(0);
        assertThat(event.trackingNo()).isEqualTo("ZT77");
        assertThat(event.carrier()).isEqualTo("ZTO");
        assertThat(event.deadline()).isEqualTo(DEADLINE);
        assertThat(normalize("taobao_refund_RefundBuyerReturnGoods", TaobaoFacts.of(waiting())).dropReason())
                .contains("sid");
    }

    @Test
    void aStaffDecisionForTheBuyerIsAVerdictThenThePaymentWithThePaidAmount() {
        Normalized paid = normalizer.normalize(push("taobao_refund_RefundSuccess", "599.00", null, null),
                TaobaoFacts.of(refund("SUCCESS", "refund_bill", null, 6)), Platform.TAOBAO, NOW);
        assertThat(paid.events()).hasSize(2);
        assertThat(((PlatformVerdict) paid.events().get(0)).forMerchant()).isFalse();
        var settled = (PlatformRefundSettled) paid.events().get(1);
        assertThat(settled.refundedFen()).as("the push's amount, not the refund's").isEqualTo(59900);

        Normalized plain = normalize("taobao_refund_RefundSuccess", TaobaoFacts.of(refund("SUCCESS", "refund_bill", null, 1)));
        assertThat(plain.events()).singleElement().isInstanceOf(PlatformRefundSettled.class);
    }

    @Test
    void aStaffDecisionForTheMerchantIsAVerdictAndAPlainCloseASettlement() {
        Normalized decided = normalize("taobao_refund_RefundClosed", TaobaoFacts.of(refund("CLOSED", "refund_bill", null, 6)));
        assertThat(decided.events()).singleElement().isInstanceOf(PlatformVerdict.class);
        assertThat(((PlatformVerdict) decided.events().get(0)).forMerchant()).isTrue();
        Normalized withdrawn = normalize("taobao_refund_RefundClosed", TaobaoFacts.of(refund("CLOSED", "refund_bill", null, 1)));
        assertThat(((PlatformRefundSettled) withdrawn.events().get(0)).settlement())
                .isEqualTo(PlatformRefundSettled.Settlement.CLOSED);
    }

    @Test
    void anInterventionCarriesItsEvidenceDeadlineOrTheDefault() {
        var intervened = (PlatformIntervened) normalize("taobao_refund_TaobaoIntervened",
                TaobaoFacts.of(refund("WAIT_SELLER_AGREE", "refund_bill", null, 3))).events().get(0);
        assertThat(intervened.evidenceDeadline()).isEqualTo(Instant.parse("2026-11-13T02:00:00Z"));
        assertThat(intervened.caseRef()).isEqualTo("R1");
        var noDeadline = (PlatformIntervened) normalize("taobao_refund_TaobaoIntervened", TaobaoFacts.of(waiting()))
                .events().get(0);
        assertThat(noDeadline.evidenceDeadline()).isEqualTo(NOW.plus(Duration.ofHours(72)));
        assertThat(noDeadline.intervenedAt()).as("the platform's time").isEqualTo(NOW);
    }

    @Test
    void aMovedDeadlineIsDeadlineChanged() {
        var changed = (DeadlineChanged) normalize("taobao_refund_RefundTimeoutChanged", TaobaoFacts.of(waiting()))
                .events().get(0);
        assertThat(changed.deadline()).isEqualTo(DEADLINE);
        assertThat(changed.platformVersion()).isEqualTo(3);
        assertThat(changed.changedAt()).isEqualTo(NOW);
        assertThat(normalize("taobao_refund_RefundTimeoutChanged",
                TaobaoFacts.of(refund("SELLER_REFUSE_BUYER", "refund_bill", null, 1))).events()).isEmpty();
    }

    @Test
    void theBuyersChatMessageIsReadByItsIdAndTheMerchantsOwnIsDropped() {
        var chat = List.of(new TaobaoChatMessage(7, "2", "亲，收到了吗", List.of(), "2026-11-11 09:00:00"),
                new TaobaoChatMessage(8, "1", "没有收到货", List.of("https://img/1.jpg"), "2026-11-11 09:30:00"));
        var facts = new TaobaoFacts(waiting(), chat, null, null);

        var replied = (BuyerReplied) normalizer.normalize(push("taobao_refund_RefundCreateMessage", null, "8", null),
                facts, Platform.TAOBAO, NOW).events().get(0);
        assertThat(replied.intent()).isEqualTo(BuyerIntent.NOT_RECEIVED);
        assertThat(replied.text()).isEqualTo("没有收到货");
        assertThat(replied.photos()).isTrue();
        assertThat(replied.at()).isEqualTo(Instant.parse("2026-11-11T01:30:00Z"));

        assertThat(normalizer.normalize(push("taobao_refund_RefundCreateMessage", null, "7", null), facts,
                Platform.TAOBAO, NOW).dropReason()).contains("not the buyer's");
        assertThat(normalizer.normalize(push("taobao_refund_RefundCreateMessage", null, "99", null), facts,
                Platform.TAOBAO, NOW).dropReason()).contains("not found");
    }

    @Test
    void aNegotiationAnswerCarriesAcceptanceAndTheAcceptedAmount() {
        var negotiations = List.of(
                new TaobaoNegotiation(1, "PARTIAL_REFUND", "419.30", "m", 1, "ACCEPTED", "450.00", "2026-11-11 10:00:00"),
                new TaobaoNegotiation(2, "CHANGE_TO_RETURN", null, "m", 2, "REJECTED", null, "2026-11-11 10:00:00"),
                new TaobaoNegotiation(3, "ASK_EVIDENCE", null, "m", 2, "PENDING", null, null));
        var facts = new TaobaoFacts(waiting(), null, negotiations, null);

        var accepted = (NegotiationAnswered) normalizer.normalize(
                push("taobao_refund_RefundNegotiationAnswered", null, null, "1"), facts, Platform.TAOBAO, NOW)
                .events().get(0);
        assertThat(accepted.accepted()).isTrue();
        assertThat(accepted.amountFen()).isEqualTo(45000);
        assertThat(accepted.platformVersion()).isEqualTo(3);
        var rejected = (NegotiationAnswered) normalizer.normalize(
                push("taobao_refund_RefundNegotiationAnswered", null, null, "2"), facts, Platform.TAOBAO, NOW)
                .events().get(0);
        assertThat(rejected.accepted()).isFalse();
        assertThat(rejected.amountFen()).isNull();
        assertThat(normalizer.normalize(push("taobao_refund_RefundNegotiationAnswered", null, null, "3"), facts,
                Platform.TAOBAO, NOW).events()).isEmpty();
    }

    @Test
    void aComplaintIsItsOwnCaseAndAnUnknownKindIsOther() {
        var push = new TaobaoPush("taobao_rp_ComplaintCreated", "m1", null, "C1", "T1001", "shop-1", null, null, null);
        var filed = (ComplaintFiled) normalizer.normalize(push, new TaobaoFacts(null, null, null,
                new TaobaoComplaint("C1", "T1001", "shop-1", "LATE_SHIPMENT", "2026-11-11 10:00:00",
                        "2026-11-12 10:00:00")), Platform.TAOBAO, NOW).events().get(0);
        assertThat(filed.caseId()).isEqualTo("TAOBAO:shop-1:C1");
        assertThat(filed.kind()).isEqualTo("LATE_SHIPMENT");
        assertThat(filed.deadline()).isEqualTo(Instant.parse("2026-11-12T02:00:00Z"));
        var odd = (ComplaintFiled) normalizer.normalize(push, new TaobaoFacts(null, null, null,
                new TaobaoComplaint("C1", "T1001", "shop-1", "RUDE_COURIER", null, null)), Platform.TAOBAO, NOW)
                .events().get(0);
        assertThat(odd.kind()).isEqualTo("OTHER");
        assertThat(odd.deadline()).isEqualTo(NOW.plus(Duration.ofHours(72)));
    }

    @Test
    void aComplaintCarriesTheOrdersShipTimesAndWhatWasPaid() {
        var push = new TaobaoPush("taobao_rp_ComplaintCreated", "m2", null, "C1", "T1001", "shop-1", null, null, null);
        var filed = (ComplaintFiled) normalizer.normalize(push, new TaobaoFacts(null, null, null,
                complaint("WAIT_SELLER_HANDLE", 1, null)), Platform.TAOBAO, NOW).events().get(0);
        assertThat(filed.orderPaidFen()).isEqualTo(59900);
        assertThat(filed.promisedShipBy()).isEqualTo(Instant.parse("2026-11-10T10:00:00Z"));
        assertThat(filed.shippedAt()).isEqualTo(Instant.parse("2026-11-11T01:00:00Z"));
    }

    private static TaobaoComplaint complaint(String status, int csStatus, String verdict) {
        return new TaobaoComplaint("C1", "T1001", "shop-1", "LATE_SHIPMENT", "2026-11-11 10:00:00",
                "2026-11-12 10:00:00", status, "2026-11-11 11:00:00", "2026-11-10 18:00:00", "2026-11-11 09:00:00",
                csStatus, csStatus == 1 ? null : "2026-11-13 10:00:00", verdict, null, "599.00");
    }

    private Normalized complaintPush(String topic, TaobaoComplaint complaint) {
        var push = new TaobaoPush(topic, "m1", null, "C1", "T1001", "shop-1", null, null, null);
        return normalizer.normalize(push, new TaobaoFacts(null, null, null, complaint), Platform.TAOBAO, RECEIVED);
    }

    @Test
    void aComplaintCarriesTheOrdersShipTimesAndStaffMovesBecomeEventsOfItsCase() {
        var filed = (ComplaintFiled) complaintPush("taobao_rp_ComplaintCreated",
                complaint("WAIT_SELLER_HANDLE", 1, null)).events().get(0);
        assertThat(filed.promisedShipBy()).isEqualTo(Instant.parse("2026-11-10T10:00:00Z"));
        assertThat(filed.shippedAt()).isEqualTo(Instant.parse("2026-11-11T01:00:00Z"));

        var intervened = (PlatformIntervened) complaintPush("taobao_rp_ComplaintIntervened",
                complaint("WAIT_SELLER_HANDLE", 3, null)).events().get(0);
        assertThat(intervened.caseId()).isEqualTo("TAOBAO:shop-1:C1");
        assertThat(intervened.evidenceDeadline()).isEqualTo(Instant.parse("2026-11-13T02:00:00Z"));
        assertThat(intervened.intervenedAt()).as("the platform's time").isEqualTo(Instant.parse("2026-11-11T03:00:00Z"));

        var verdict = (PlatformVerdict) complaintPush("taobao_rp_ComplaintDecided", complaint("CLOSED", 6, "BUYER"))
                .events().get(0);
        assertThat(verdict.caseId()).isEqualTo("TAOBAO:shop-1:C1");
        assertThat(verdict.forMerchant()).isFalse();
        assertThat(complaintPush("taobao_rp_ComplaintDecided", complaint("CLOSED", 3, null)).dropReason())
                .contains("no verdict");

        var moved = (DeadlineChanged) complaintPush("taobao_rp_ComplaintTimeoutChanged",
                complaint("WAIT_SELLER_HANDLE", 1, null)).events().get(0);
        assertThat(moved.caseId()).isEqualTo("TAOBAO:shop-1:C1");
        assertThat(moved.deadline()).isEqualTo(Instant.parse("2026-11-12T02:00:00Z"));
        assertThat(complaintPush("taobao_rp_ComplaintTimeoutChanged", complaint("SELLER_ACCEPTED", 1, null))
                .dropReason()).contains("awaits no answer");
    }

    @Test
    void unknownTopicsAndUnmappableFactsAreDroppedWithAReasonNeverThrown() {
        assertThat(normalize("taobao_refund_SomethingNew", TaobaoFacts.none()).dropReason())
                .contains("unknown topic taobao_refund_SomethingNew");
        assertThat(normalize("taobao_refund_RefundSellerAgreeAgreement", TaobaoFacts.none()).dropReason())
                .contains("own agreement");
        assertThat(normalize("taobao_refund_RefundCreated",
                TaobaoFacts.of(refund("WAIT_SELLER_AGREE", "weird_bill", null, 1))).dropReason())
                .contains("unknown bill_type weird_bill");
        TaobaoRefund badFee = new TaobaoRefund("R1", "T1001", "WAIT_SELLER_AGREE", "refund_bill", false, "lots",
                "599.00", 1, 1, "SKU", "x", "shop-1", null, null, 1, true, "2026-11-14 10:00:00");
        assertThat(normalize("taobao_refund_RefundCreated", TaobaoFacts.of(badFee)).dropReason())
                .startsWith("unmappable taobao_refund_RefundCreated");
        var modified = (RefundModified) normalize("taobao_refund_RefundBuyerModifyAgreement",
                TaobaoFacts.of(refund("WAIT_SELLER_AGREE", "return_bill", null, 1))).events().get(0);
        assertThat(modified.type()).isEqualTo(RefundType.RETURN_AND_REFUND);
    }
}
