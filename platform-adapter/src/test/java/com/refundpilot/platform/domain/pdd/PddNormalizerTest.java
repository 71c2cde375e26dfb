package com.refundpilot.platform.domain.pdd;

import static org.assertj.core.api.Assertions.assertThat;

import com.refundpilot.contracts.events.BuyerReplied;
import com.refundpilot.contracts.events.ComplaintFiled;
import com.refundpilot.contracts.events.NegotiationAnswered;
import com.refundpilot.contracts.events.PlatformRefundSettled;
import com.refundpilot.contracts.events.PlatformRefundSettled.Settlement;
import com.refundpilot.contracts.events.PlatformVerdict;
import com.refundpilot.contracts.events.RefundRequested;
import com.refundpilot.contracts.events.ReturnShipped;
import com.refundpilot.contracts.vocabulary.BuyerIntent;
import com.refundpilot.contracts.vocabulary.OrderRef;
import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.contracts.vocabulary.PlatformAction;
import com.refundpilot.contracts.vocabulary.RefundReason;
import com.refundpilot.contracts.vocabulary.RefundType;
import com.refundpilot.platform.domain.Normalized;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A PDD message and what was read for it → the canonical events, or a drop with its reason. */
class PddNormalizerTest {

    private static final Instant NOW = Instant.parse("2026-11-11T02:00:00Z");
    private static final Instant CREATED = Instant.parse("2026-11-11T01:00:00Z");
    private static final Instant EXPIRES = Instant.parse("2026-11-14T01:00:00Z");
    private static final Set<PlatformAction> CAPABILITIES = Set.of(PlatformAction.AGREE_REFUND, PlatformAction.REFUSE);

    private final PddNormalizer normalizer = new PddNormalizer(Duration.ofHours(72), CAPABILITIES);

    static PddAfterSale afterSale(int type, int status, String expressNo, Instant expire, int intervention,
            String verdict) {
        return new PddAfterSale("P1", "T1", "shop-p", type, status, "拍错/多拍", 19900, 0, 1, 3, 39800, "CUP-1",
                expressNo, expressNo == null ? null : "ZTO", expire, CREATED, 1_762_826_400_123L, false, false,
                intervention, null, verdict);
    }

    static PddPush push(String type) {
        return new PddPush("70001", type, "shop-p", "P1", null, "T1", 1, null, null, null, null);
    }

    private Normalized normalize(String type, PddAfterSale afterSale) {
        return normalizer.normalize(push(type), PddFacts.of(afterSale), NOW);
    }

    @Test
    void aCreatedRequestWaitingOnTheMerchantIsRequestedWithPddsDeadlineAndUpdatedAtAsVersion() {
        Normalized normalized = normalize(PddTopics.REFUND_CREATED, afterSale(1, 2, null, EXPIRES, 0, null));

        RefundRequested requested = (RefundRequested) normalized.events().get(0);
        assertThat(requested.order()).isEqualTo(new OrderRef(Platform.PINDUODUO, "shop-p", "T1"));
        assertThat(requested.type()).isEqualTo(RefundType.REFUND_ONLY);
        assertThat(requested.reason()).isEqualTo(RefundReason.ORDERED_BY_MISTAKE);
        assertThat(requested.amountFen()).isEqualTo(19900);
        assertThat(requested.orderPaidFen()).isEqualTo(39800);
        assertThat(requested.orderQuantity()).isEqualTo(3);
        assertThat(requested.requestedAt()).isEqualTo(CREATED);
        assertThat(requested.deadline()).isEqualTo(EXPIRES);
        assertThat(requested.platformVersion()).isEqualTo(1_762_826_400_123L);
        assertThat(requested.capabilities()).isEqualTo(CAPABILITIES);
    }

    @Test
    void withoutExpireTimeTheDefaultDeadlineRunsFromTheRequest() {
        RefundRequested requested = (RefundRequested) normalize(PddTopics.REFUND_CREATED,
                afterSale(2, 3, null, null, 0, null)).events().get(0);
        assertThat(requested.type()).isEqualTo(RefundType.RETURN_AND_REFUND);
        assertThat(requested.deadline()).isEqualTo(CREATED.plus(Duration.ofHours(72)));
    }

    @Test
    void aRequestThatNoLongerWaitsOrIsARepairIsDroppedWithItsReason() {
        assertThat(normalize(PddTopics.REFUND_CREATED, afterSale(1, 10, null, null, 0, null)).dropReason())
                .contains("no longer waits");
        assertThat(normalize(PddTopics.REFUND_CREATED, afterSale(2, 3, "ZT1", EXPIRES, 0, null)).dropReason())
                .as("status 3 with a waybill waits for receipt, not a decision").contains("no longer waits");
        assertThat(normalize(PddTopics.REFUND_CREATED, afterSale(5, 2, null, EXPIRES, 0, null)).dropReason())
                .contains("repair");
    }

    @Test
    void theReturnWaybillIsTheReturnShipped() {
        ReturnShipped shipped = (ReturnShipped) normalize(PddTopics.BUYER_RETURN_GOODS,
                afterSale(2, 3, "ZT900", EXPIRES, 0, null)).events().get(0);
        assertThat(shipped.trackingNo()).isEqualTo("ZT900");
        assertThat(shipped.carrier()).isEqualTo("ZTO");
    }

    @Test
    void theAgreementSettlesWhatThePushSaysWasRefundedAndAStaffDecisionGivesItsVerdictFirst() {
        PddPush agreed = new PddPush("70002", PddTopics.REFUND_AGREE_AGREEMENT, "shop-p", "P1", null, "T1", 1, 15000L,
                null, null, null);
        Normalized plain = normalizer.normalize(agreed, PddFacts.of(afterSale(1, 10, null, null, 0, null)), NOW);
        assertThat(plain.events()).hasSize(1);
        PlatformRefundSettled settled = (PlatformRefundSettled) plain.events().get(0);
        assertThat(settled.settlement()).isEqualTo(Settlement.REFUNDED);
        assertThat(settled.refundedFen()).isEqualTo(15000);

        Normalized decided = normalizer.normalize(agreed, PddFacts.of(afterSale(1, 10, null, null, 2, "BUYER")), NOW);
        assertThat(decided.events()).hasSize(2);
        assertThat(((PlatformVerdict) decided.events().get(0)).forMerchant()).isFalse();

        assertThat(normalizer.normalize(agreed, PddFacts.of(afterSale(1, 6, null, null, 0, null)), NOW).dropReason())
                .contains("shows no refund");
    }

    @Test
    void aCloseIsStaffsVerdictForTheMerchantAtStatus9AndASettlementAtStatus11() {
        Normalized verdict = normalize(PddTopics.REFUND_CLOSED, afterSale(1, 9, null, null, 2, "MERCHANT"));
        assertThat(((PlatformVerdict) verdict.events().get(0)).forMerchant()).isTrue();
        Normalized withdrawn = normalize(PddTopics.REFUND_CLOSED, afterSale(1, 11, null, null, 0, null));
        assertThat(((PlatformRefundSettled) withdrawn.events().get(0)).settlement()).isEqualTo(Settlement.CLOSED);
        assertThat(normalize(PddTopics.REFUND_CLOSED, afterSale(1, 2, null, EXPIRES, 0, null)).dropReason())
                .contains("not closed");
    }

    @Test
    void onlyTheBuyersChatMessageIsABuyerReply() {
        PddPush message = new PddPush("70003", PddTopics.CREATE_MESSAGE, "shop-p", "P1", null, "T1", 1, null, null,
                1001L, null);
        List<PddChatMessage> chat = List.of(new PddChatMessage(1001, 1, "没有收到货", List.of("https://p/1"), NOW),
                new PddChatMessage(1002, 2, "亲，已发货", List.of(), NOW));
        BuyerReplied replied = (BuyerReplied) normalizer.normalize(message,
                new PddFacts(afterSale(1, 2, null, EXPIRES, 0, null), chat, null, null), NOW).events().get(0);
        assertThat(replied.intent()).isEqualTo(BuyerIntent.NOT_RECEIVED);
        assertThat(replied.photos()).isTrue();

        PddPush merchant = new PddPush("70004", PddTopics.CREATE_MESSAGE, "shop-p", "P1", null, "T1", 1, null, null,
                1002L, null);
        assertThat(normalizer.normalize(merchant, new PddFacts(afterSale(1, 2, null, EXPIRES, 0, null), chat, null,
                null), NOW).dropReason()).contains("not the buyer's");
    }

    @Test
    void anAcceptedPartialNegotiationCarriesTheAcceptedAmount() {
        PddPush answered = new PddPush("70005", PddTopics.NEGOTIATION_ANSWERED, "shop-p", "P1", null, "T1", 1, null,
                null, null, 501L);
        List<PddNegotiation> negotiations = List.of(new PddNegotiation(501, "PARTIAL_REFUND", 10000L, "退一半",
                "ACCEPTED", NOW, NOW, 10000L));
        NegotiationAnswered event = (NegotiationAnswered) normalizer.normalize(answered,
                new PddFacts(afterSale(1, 2, null, EXPIRES, 0, null), null, negotiations, null), NOW).events().get(0);
        assertThat(event.accepted()).isTrue();
        assertThat(event.amountFen()).isEqualTo(10000L);
    }

    @Test
    void aComplaintIsFiledWithItsKindAndDeadline() {
        PddPush filed = new PddPush("70006", PddTopics.COMPLAINT_CREATED, "shop-p", null, "PC1", "T1", null, null,
                null, null, null);
        PddComplaint complaint = new PddComplaint("PC1", "T1", "shop-p", 1, 1, CREATED, 1L, EXPIRES, CREATED, NOW,
                39800L, null, 0, null, null);
        ComplaintFiled event = (ComplaintFiled) normalizer.normalize(filed,
                new PddFacts(null, null, null, complaint), NOW).events().get(0);
        assertThat(event.kind()).isEqualTo("LATE_SHIPMENT");
        assertThat(event.deadline()).isEqualTo(EXPIRES);
        assertThat(event.orderPaidFen()).isEqualTo(39800L);
    }

    @Test
    void aTypeTheSopDoesNotUseIsDroppedNotThrown() {
        assertThat(normalizer.normalize(push("pdd_trade_TradeConfirmed"), PddFacts.none(), NOW).dropReason())
                .contains("not one the SOP uses");
    }
}
