package com.refundpilot.platform.domain.wechat;

import static org.assertj.core.api.Assertions.assertThat;

import com.refundpilot.contracts.envelope.Event;
import com.refundpilot.contracts.events.BuyerReplied;
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

/**
 * The push says "something changed"; the comparison of the fresh read with what was seen says what: every row of
 * wechat.md §4, and what is dropped (with its reason) instead. Deadlines are the read's instant + seconds left.
 */
class WechatAfterSaleNormalizerTest {

    private static final Instant READ = Instant.parse("2026-11-11T02:00:00Z");
    private final WechatAfterSaleNormalizer normalizer = new WechatAfterSaleNormalizer(Duration.ofHours(72),
            Duration.ofSeconds(10), Set.of(PlatformAction.AGREE_REFUND, PlatformAction.NEGOTIATE));

    private WechatAfterSaleNormalizer.Result read(WechatSeen before, AfterSales a) {
        return read(before, a, List.of(), null, READ);
    }

    private WechatAfterSaleNormalizer.Result read(WechatSeen before, AfterSales a, List<WechatMessage> messages,
            WechatDispute dispute, Instant at) {
        return normalizer.normalize(before, new WechatAfterSaleView(a.build(), messages, dispute,
                new WechatOrder("T1", 99800, 2), at), "shop-w");
    }

    /** What is seen after a first push of the after-sale. */
    private WechatSeen seen(AfterSales a) {
        return read(null, a).seen();
    }

    private static List<Event> events(WechatAfterSaleNormalizer.Result result) {
        return result.normalized().events();
    }

    @Test
    void aFirstSeenWaitingRequestIsRequestedWithTheOrdersAmountsAndTheSecondsLeftAsAnInstantOfTheRead() {
        var result = read(null, AfterSales.waiting().type("RETURN").reason("10000021", "质量问题").deadline(3600));

        RefundRequested requested = (RefundRequested) events(result).get(0);
        assertThat(events(result)).hasSize(1);
        assertThat(requested.order().platform()).isEqualTo(Platform.WECHAT_CHANNELS);
        assertThat(requested.order().shopId()).isEqualTo("shop-w");
        assertThat(requested.order().orderId()).isEqualTo("T1");
        assertThat(requested.type()).isEqualTo(RefundType.RETURN_AND_REFUND);
        assertThat(requested.reason()).isEqualTo(RefundReason.QUALITY);
        assertThat(requested.platformReason()).isEqualTo("质量问题");
        assertThat(requested.amountFen()).isEqualTo(59900);
        assertThat(requested.orderPaidFen()).isEqualTo(99800);
        assertThat(requested.orderQuantity()).isEqualTo(2);
        assertThat(requested.deadline()).isEqualTo(READ.plusSeconds(3600));
        assertThat(requested.requestedAt()).isEqualTo(Instant.ofEpochSecond(1_794_300_000L));
        assertThat(requested.platformVersion()).isEqualTo(1_794_300_000L);
        assertThat(requested.capabilities()).containsExactlyInAnyOrder(PlatformAction.AGREE_REFUND,
                PlatformAction.NEGOTIATE);
        assertThat(result.seen().deadlineMillis()).isEqualTo(READ.plusSeconds(3600).toEpochMilli());
    }

    @Test
    void aLaterReadOfTheSameDeadlineIsNoChangeButAMoveBeyondTheToleranceIsDeadlineChanged() {
        WechatSeen before = seen(AfterSales.waiting().deadline(7200));

        var unchanged = read(before, AfterSales.waiting().deadline(7200 - 65), List.of(), null, READ.plusSeconds(60));
        assertThat(unchanged.normalized().events()).isEmpty();
        assertThat(unchanged.normalized().dropReason()).contains("no change");

        var moved = read(before, AfterSales.waiting().deadline(3600).updated(1_794_300_600L), List.of(), null,
                READ.plusSeconds(60));
        DeadlineChanged changed = (DeadlineChanged) events(moved).get(0);
        assertThat(changed.deadline()).isEqualTo(READ.plusSeconds(3660));
        assertThat(changed.platformVersion()).isEqualTo(1_794_300_600L);
    }

    @Test
    void changedTermsOrARefusedRequestBackToProcessingAreModified() {
        WechatSeen before = seen(AfterSales.waiting());
        RefundModified lower = (RefundModified) events(read(before, AfterSales.waiting().amount(30000))).get(0);
        assertThat(lower.amountFen()).isEqualTo(30000);

        WechatSeen refused = read(before, AfterSales.waiting().status("MERCHANT_REJECT_REFUND").deadline(0)).seen();
        assertThat(read(before, AfterSales.waiting().status("MERCHANT_REJECT_REFUND")).normalized().dropReason())
                .contains("own call echoed");
        RefundModified reapplied = (RefundModified) events(read(refused, AfterSales.waiting())).get(0);
        assertThat(reapplied.deadline()).isEqualTo(READ.plusSeconds(72 * 3600));
    }

    @Test
    void aProposalSeenPendingIsAcceptedWhenTheApplicationTookItsAmountAndRejectedWhenNothingChanged() {
        WechatNegotiation partial = new WechatNegotiation(3, 1, 1, 59900, 30000);
        WechatSeen pending = seen(AfterSales.waiting());
        pending = read(pending, AfterSales.waiting().status("USER_WAIT_CONFIRM_UPDATE").pending(partial)).seen();
        assertThat(pending.pending()).isEqualTo(partial);
        assertThat(pending.negotiatedEver()).isTrue();

        NegotiationAnswered accepted = (NegotiationAnswered) events(read(pending, AfterSales.waiting().amount(30000)))
                .get(0);
        assertThat(accepted.accepted()).isTrue();
        assertThat(accepted.amountFen()).isEqualTo(30000);
        NegotiationAnswered rejected = (NegotiationAnswered) events(read(pending, AfterSales.waiting())).get(0);
        assertThat(rejected.accepted()).isFalse();
        assertThat(rejected.amountFen()).isNull();
    }

    @Test
    void aChangeToReturnIsAcceptedByTheTypeAndAnInvitationToCancelByTheCancellation() {
        WechatSeen toReturn = read(seen(AfterSales.waiting()), AfterSales.waiting().status("USER_WAIT_CONFIRM_UPDATE")
                .pending(new WechatNegotiation(3, 1, 2, 59900, 59900))).seen();
        NegotiationAnswered answered = (NegotiationAnswered) events(read(toReturn, AfterSales.waiting().type("RETURN")))
                .get(0);
        assertThat(answered.accepted()).isTrue();
        assertThat(answered.amountFen()).isNull();

        WechatSeen cancel = read(seen(AfterSales.waiting()), AfterSales.waiting().status("USER_WAIT_CONFIRM_UPDATE")
                .pending(new WechatNegotiation(1, 1, 1, 59900, 59900))).seen();
        List<Event> closed = events(read(cancel, AfterSales.waiting().status("USER_CANCELD").deadline(0)));
        assertThat(((NegotiationAnswered) closed.get(0)).accepted()).isTrue();
        PlatformRefundSettled settled = (PlatformRefundSettled) closed.get(1);
        assertThat(settled.settlement()).isEqualTo(Settlement.CLOSED);
    }

    @Test
    void anInvitationToVerifyIsAcceptedWhenTheBuyerAddsEvidenceAndAChangedReasonIsHerOwnModification() {
        WechatSeen verify = read(seen(AfterSales.waiting()), AfterSales.waiting().status("USER_WAIT_CONFIRM_UPDATE")
                .pending(new WechatNegotiation(2, 1, 1, 59900, 59900))).seen();
        assertThat(((NegotiationAnswered) events(read(verify, AfterSales.waiting().media("m1"))).get(0)).accepted())
                .isTrue();
        assertThat(events(read(verify, AfterSales.waiting().reason("10000008", "7天无理由"))).get(0))
                .isInstanceOfSatisfying(RefundModified.class,
                        m -> assertThat(m.reason()).isEqualTo(RefundReason.NO_REASON_7D));
    }

    @Test
    void aProposalOverrunByThePlatformsOwnRefundLapsesWithoutAnAnswer() {
        WechatSeen pending = read(seen(AfterSales.waiting()), AfterSales.waiting().status("USER_WAIT_CONFIRM_UPDATE")
                .pending(new WechatNegotiation(3, 1, 1, 59900, 30000))).seen();
        List<Event> events = events(read(pending, AfterSales.waiting().status("MERCHANT_REFUND_SUCCESS").deadline(0)
                .refundReason(9)));
        assertThat(events).singleElement().isInstanceOfSatisfying(PlatformRefundSettled.class,
                s -> assertThat(s.refundedFen()).isEqualTo(59900));
    }

    @Test
    void aWaybillSeenForTheFirstTimeInWaitReceiptIsReturnShippedOnce() {
        WechatSeen waiting = read(seen(AfterSales.waiting().type("RETURN")), AfterSales.waiting().type("RETURN")
                .status("USER_WAIT_RETURN").deadline(7 * 86400)).seen();
        var shipped = read(waiting, AfterSales.waiting().type("RETURN").status("MERCHANT_WAIT_RECEIPT")
                .waybill("YT-1", "圆通").deadline(10 * 86400));
        ReturnShipped event = (ReturnShipped) events(shipped).get(0);
        assertThat(event.trackingNo()).isEqualTo("YT-1");
        assertThat(event.carrier()).isEqualTo("圆通");
        assertThat(event.deadline()).isEqualTo(READ.plusSeconds(10 * 86400));
        assertThat(events(read(shipped.seen(), AfterSales.waiting().type("RETURN").status("MERCHANT_WAIT_RECEIPT")
                .waybill("YT-1", "圆通").deadline(10 * 86400)))).isEmpty();
    }

    @Test
    void aDisputeIsIntervenedOnceAndItsVerdictForTheBuyerIsPaidOnceWhicheverPushComesFirst() {
        WechatSeen refused = read(seen(AfterSales.waiting()), AfterSales.waiting().status("MERCHANT_REJECT_REFUND")
                .deadline(0)).seen();
        var intervened = read(refused, AfterSales.waiting().status("MERCHANT_REJECT_REFUND").deadline(0).disputed(),
                List.of(), new WechatDispute("CP-R1", 106, List.of(), READ.plusSeconds(48 * 3600).getEpochSecond()),
                READ);
        PlatformIntervened event = (PlatformIntervened) events(intervened).get(0);
        assertThat(event.evidenceDeadline()).isEqualTo(READ.plusSeconds(48 * 3600));

        AfterSales paid = AfterSales.waiting().status("MERCHANT_REFUND_SUCCESS").deadline(0).disputed().refundReason(5);
        var decided = read(intervened.seen(), paid, List.of(), new WechatDispute("CP-R1", 112, List.of(), 0), READ);
        assertThat(events(decided)).hasSize(2);
        assertThat(((PlatformVerdict) events(decided).get(0)).forMerchant()).isFalse();
        assertThat(((PlatformRefundSettled) events(decided).get(1)).settlement()).isEqualTo(Settlement.REFUNDED);
        assertThat(events(read(decided.seen(), paid, List.of(), new WechatDispute("CP-R1", 112, List.of(), 0), READ)))
                .as("the second push of the same verdict").isEmpty();

        var forMerchant = read(intervened.seen(), AfterSales.waiting().status("MERCHANT_FAIL").deadline(0).disputed(),
                List.of(), new WechatDispute("CP-R1", 112, List.of(), 0), READ);
        assertThat(events(forMerchant)).singleElement().isInstanceOfSatisfying(PlatformVerdict.class,
                v -> assertThat(v.forMerchant()).isTrue());
    }

    @Test
    void moneyGoingOrTheRequestEndingIsSettledOnceAndAPlatformDisputeRefundWithoutItsPushIsAVerdictFirst() {
        WechatSeen waiting = seen(AfterSales.waiting());
        var refunded = read(waiting, AfterSales.waiting().status("MERCHANT_REFUND_SUCCESS").deadline(0).refundReason(3));
        assertThat(events(refunded)).singleElement().isInstanceOf(PlatformRefundSettled.class);
        assertThat(events(read(refunded.seen(), AfterSales.waiting().status("MERCHANT_REFUND_SUCCESS").deadline(0))))
                .isEmpty();
        assertThat(events(read(waiting, AfterSales.waiting().status("MERCHANT_REFUND_SUCCESS").refundReason(5))))
                .first().isInstanceOf(PlatformVerdict.class);
        assertThat(((PlatformRefundSettled) events(read(waiting, AfterSales.waiting().status("RETURN_CLOSED")
                .deadline(0))).get(0)).settlement()).isEqualTo(Settlement.CLOSED);
    }

    @Test
    void eachBuyerMessageIsRepliedOnceAndTheMerchantsOwnAreNot() {
        WechatSeen waiting = seen(AfterSales.waiting());
        List<WechatMessage> chat = List.of(new WechatMessage("1001", 1, "东西已经收到了，谢谢", List.of("p1"), 1_794_300_100L),
                new WechatMessage("1002", 2, "亲，已处理", List.of(), 1_794_300_200L));
        var first = read(waiting, AfterSales.waiting(), chat, null, READ);
        BuyerReplied replied = (BuyerReplied) events(first).get(0);
        assertThat(events(first)).hasSize(1);
        assertThat(replied.intent()).isEqualTo(BuyerIntent.RECEIVED);
        assertThat(replied.photos()).isTrue();
        assertThat(replied.at()).isEqualTo(Instant.ofEpochSecond(1_794_300_100L));
        assertThat(events(read(first.seen(), AfterSales.waiting(), chat, null, READ))).isEmpty();
    }

    @Test
    void unknownStatusesAndTypesAreDroppedWithTheirReasonAndNotTakenAsSeen() {
        WechatSeen waiting = seen(AfterSales.waiting());
        var unknownStatus = read(waiting, AfterSales.waiting().status("SOMETHING_NEW"));
        assertThat(unknownStatus.normalized().dropReason()).contains("unknown after-sale status SOMETHING_NEW");
        assertThat(unknownStatus.seen()).isSameAs(waiting);
        Normalized unknownType = read(null, AfterSales.waiting().type("REPAIR")).normalized();
        assertThat(unknownType.dropReason()).contains("unknown after-sale type REPAIR");
        assertThat(read(null, AfterSales.waiting().status("USER_WAIT_RETURN")).normalized().dropReason())
                .contains("not waiting on the merchant");
    }
}
