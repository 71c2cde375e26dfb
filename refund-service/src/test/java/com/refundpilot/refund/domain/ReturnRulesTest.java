package com.refundpilot.refund.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.refundpilot.contracts.commands.AgreeRefund;
import com.refundpilot.contracts.commands.AgreeReturn;
import com.refundpilot.contracts.commands.CreateAgentTask;
import com.refundpilot.contracts.commands.ExpectReturn;
import com.refundpilot.contracts.commands.ExtendReceipt;
import com.refundpilot.contracts.commands.NegotiateRefund;
import com.refundpilot.contracts.commands.NotifyBuyer;
import com.refundpilot.contracts.commands.RefuseRefund;
import com.refundpilot.contracts.commands.ShipReplacement;
import com.refundpilot.contracts.commands.WatchReturn;
import com.refundpilot.contracts.events.BuyerReplied;
import com.refundpilot.contracts.events.FulfilmentReported;
import com.refundpilot.contracts.events.NegotiationAnswered;
import com.refundpilot.contracts.events.ParcelWeighed;
import com.refundpilot.contracts.events.PlatformActionSucceeded;
import com.refundpilot.contracts.events.RefundModified;
import com.refundpilot.contracts.events.RefundRequested;
import com.refundpilot.contracts.events.ReplacementShipped;
import com.refundpilot.contracts.events.ReturnInspected;
import com.refundpilot.contracts.events.ReturnReceived;
import com.refundpilot.contracts.events.ReturnShipped;
import com.refundpilot.contracts.events.ReturnWaybillChecked;
import com.refundpilot.contracts.events.TrackingUpdated;
import com.refundpilot.contracts.vocabulary.Address;
import com.refundpilot.contracts.vocabulary.BuyerIntent;
import com.refundpilot.contracts.vocabulary.BuyerMessageTemplate;
import com.refundpilot.contracts.vocabulary.CaseOutcome;
import com.refundpilot.contracts.vocabulary.EvidenceKind;
import com.refundpilot.contracts.vocabulary.FulfilmentState;
import com.refundpilot.contracts.vocabulary.InspectionResult;
import com.refundpilot.contracts.vocabulary.ItemAttributes;
import com.refundpilot.contracts.vocabulary.NegotiationKind;
import com.refundpilot.contracts.vocabulary.OrderRef;
import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.contracts.vocabulary.PlatformAction;
import com.refundpilot.contracts.vocabulary.RefundReason;
import com.refundpilot.contracts.vocabulary.RefundType;
import com.refundpilot.contracts.vocabulary.TrackingStatus;
import com.refundpilot.contracts.vocabulary.WarehouseAction;
import com.refundpilot.contracts.vocabulary.WaybillVerdict;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** refund-sop-spec §6–§7 and §11: returns, exchanges, reships, reasons. */
class ReturnRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-11T02:00:00Z");
    private static final OrderRef ORDER = new OrderRef(Platform.TAOBAO, "shop-1", "T1001");
    private static final String CASE = ORDER.caseIdOf("R1");
    private final ShopPolicy policy = ShopPolicy.defaults();
    private Instant clock = NOW;

    private OrderFile requested(RefundType type, RefundReason reason, long paidFen, ItemAttributes item,
            Set<PlatformAction> capabilities) {
        var request = new RefundRequested(ORDER, "R1", type, reason, "reason", paidFen, 1, paidFen, 1, "SKU", NOW,
                NOW.plus(Duration.ofHours(48)), 1, capabilities);
        OrderFile file = OrderFile.of(request);
        file.onRefundRequested(request, policy, NOW);
        last = file.onFulfilmentReported(new FulfilmentReported(ORDER, CASE, FulfilmentState.SHIPPED, false, false,
                "ZTO", "ZT0001", false, 620, new Address("浙江", "宁波"), item), policy, NOW);
        return file;
    }

    private Effects last;

    private OrderFile returnAgreed(RefundType type, RefundReason reason, long paidFen) {
        OrderFile file = requested(type, reason, paidFen, null, Set.of(PlatformAction.values()));
        AgreeReturn agree = sent(last, AgreeReturn.class).get(0);
        last = file.onPlatformActionSucceeded(new PlatformActionSucceeded(ORDER, CASE, "R1", PlatformAction.AGREE_RETURN,
                agree.actionKey(), 0), policy, NOW);
        return file;
    }

    private OrderFile returnOnItsWay(RefundType type, RefundReason reason, long paidFen) {
        OrderFile file = returnAgreed(type, reason, paidFen);
        clock = NOW.plus(Duration.ofHours(20));
        last = file.onReturnShipped(new ReturnShipped(ORDER, "R1", "YTO", "YT0001", clock.plus(Duration.ofDays(10)), 3,
                clock), policy, clock);
        file.onReturnWaybillChecked(new ReturnWaybillChecked(ORDER, CASE, "YTO", "YT0001", WaybillVerdict.OK, null,
                null, null, null, clock), policy, clock);
        return file;
    }

    private Effects track(OrderFile file, TrackingStatus status, Address at) {
        clock = clock.plus(Duration.ofHours(1));
        return file.onTrackingUpdated(new TrackingUpdated(ORDER, "YTO", "YT0001", status, clock, at.province(),
                at.city()), policy, clock);
    }

    private Effects inspect(OrderFile file, InspectionResult result, int quantity) {
        file.onReturnReceived(new ReturnReceived(ORDER, CASE, "YT0001", clock), policy, clock);
        return file.onReturnInspected(new ReturnInspected(ORDER, CASE, "YT0001", result, quantity,
                List.of("https://wh/1.jpg"), "notes", clock), policy, clock);
    }

    private static <T> List<T> sent(Effects effects, Class<T> type) {
        return effects.messages().stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static RefundCase theCase(OrderFile file) {
        return file.findCase(CASE).orElseThrow();
    }

    private static List<String> rules(OrderFile file) {
        return theCase(file).decisions().stream().map(Decision::ruleId).filter(r -> !r.equals("DL-1")).toList();
    }

    @Test
    void rr1AgreesTheReturnToTheShopsAddressAndTheMerchantPaysPostageForAQualityClaim() {
        OrderFile file = requested(RefundType.RETURN_AND_REFUND, RefundReason.QUALITY, 45900, null,
                Set.of(PlatformAction.values()));
        assertThat(sent(last, AgreeReturn.class)).singleElement().satisfies(a -> {
            assertThat(a.city()).isEqualTo("杭州");
            assertThat(a.merchantPaysShipping()).isTrue();
        });
        assertThat(sent(last, NotifyBuyer.class)).extracting(NotifyBuyer::template)
                .containsExactly(BuyerMessageTemplate.RETURN_INSTRUCTIONS);
        assertThat(rules(file)).containsExactly("RR-1");
    }

    @Test
    void rr2RemindsOnceThreeDaysAfterTheAgreementAndNoMerchantDeadlineRunsMeanwhile() {
        OrderFile file = returnAgreed(RefundType.RETURN_AND_REFUND, RefundReason.NO_REASON_7D, 45900);
        assertThat(last.timers()).extracting(TimerRequest::timer).contains(CaseTimer.RETURN_REMINDER);
        Instant remindAt = NOW.plus(Duration.ofDays(3));
        Effects reminder = file.onDeadline(CASE, CaseTimer.RETURN_REMINDER, remindAt, remindAt, policy);
        assertThat(sent(reminder, NotifyBuyer.class)).extracting(NotifyBuyer::template)
                .containsExactly(BuyerMessageTemplate.RETURN_REMINDER);
        Instant oldMargin = NOW.plus(Duration.ofHours(24));
        assertThat(sent(file.onDeadline(CASE, CaseTimer.ESCALATE, oldMargin, oldMargin, policy), CreateAgentTask.class))
                .as("the old deadline's timers were cancelled").isEmpty();
    }

    @Test
    void aShippedReturnIsCheckedAndExpectedAndItsReceiptDeadlineScheduled() {
        OrderFile file = returnAgreed(RefundType.RETURN_AND_REFUND, RefundReason.NO_REASON_7D, 45900);
        Effects shipped = file.onReturnShipped(new ReturnShipped(ORDER, "R1", "YTO", "YT0001", null, 3, NOW), policy,
                NOW);
        assertThat(sent(shipped, WatchReturn.class)).singleElement()
                .satisfies(w -> assertThat(w.returnAddress().city()).isEqualTo("杭州"));
        assertThat(sent(shipped, ExpectReturn.class)).hasSize(1);
        assertThat(theCase(file).deadline()).isEqualTo(NOW.plus(Duration.ofDays(10)));
    }

    @Test
    void rr3AReusedWaybillIsNegotiatedAndNeverRefundedAtPickup() {
        OrderFile file = returnAgreed(RefundType.RETURN_AND_REFUND, RefundReason.NO_REASON_7D, 9900);
        file.onReturnShipped(new ReturnShipped(ORDER, "R1", "YTO", "YT0001", null, 3, NOW), policy, NOW);
        Effects check = file.onReturnWaybillChecked(new ReturnWaybillChecked(ORDER, CASE, "YTO", "YT0001",
                WaybillVerdict.USED_BY_ANOTHER_CASE, TrackingStatus.IN_TRANSIT, NOW, null, "TAOBAO:shop-1:R0", NOW),
                policy, NOW);
        assertThat(sent(check, NegotiateRefund.class)).extracting(NegotiateRefund::kind)
                .containsExactly(NegotiationKind.ASK_EVIDENCE);
        assertThat(sent(track(file, TrackingStatus.COLLECTED, new Address("浙江", "宁波")), AgreeRefund.class)).isEmpty();
        assertThat(rules(file)).containsExactly("RR-1", "RR-3");
    }

    @Test
    void rr12AWaybillTheCourierStillDoesNotKnowAfter24HoursIsSuspect() {
        OrderFile file = returnAgreed(RefundType.RETURN_AND_REFUND, RefundReason.NO_REASON_7D, 45900);
        file.onReturnShipped(new ReturnShipped(ORDER, "R1", "YTO", "YT0001", null, 3, NOW), policy, NOW);
        Effects first = file.onReturnWaybillChecked(new ReturnWaybillChecked(ORDER, CASE, "YTO", "YT0001",
                WaybillVerdict.UNKNOWN_TO_COURIER, null, null, null, null, NOW), policy, NOW);
        assertThat(sent(first, NotifyBuyer.class)).as("the first check only waits").isEmpty();
        Instant later = NOW.plus(Duration.ofHours(24));
        Effects second = file.onReturnWaybillChecked(new ReturnWaybillChecked(ORDER, CASE, "YTO", "YT0001",
                WaybillVerdict.UNKNOWN_TO_COURIER, null, null, null, null, later), policy, later);
        assertThat(sent(second, NotifyBuyer.class)).extracting(NotifyBuyer::template)
                .contains(BuyerMessageTemplate.RETURN_WAYBILL_CHECK);
        assertThat(rules(file)).containsExactly("RR-1", "RR-12", "RR-3");
    }

    @Test
    void rr4RefundsALowValueReturnAtPickupAndRr5WaitsForTheInspectionOfAHighValueOne() {
        OrderFile low = returnOnItsWay(RefundType.RETURN_AND_REFUND, RefundReason.NO_REASON_7D, 9900);
        assertThat(sent(track(low, TrackingStatus.COLLECTED, new Address("浙江", "宁波")), AgreeRefund.class))
                .extracting(AgreeRefund::ruleId).containsExactly("RR-4");

        OrderFile high = returnOnItsWay(RefundType.RETURN_AND_REFUND, RefundReason.NO_REASON_7D, 45900);
        assertThat(sent(track(high, TrackingStatus.COLLECTED, new Address("浙江", "宁波")), AgreeRefund.class)).isEmpty();
        assertThat(sent(inspect(high, InspectionResult.MATCH, 1), AgreeRefund.class)).extracting(AgreeRefund::ruleId)
                .containsExactly("RR-6");
        assertThat(rules(high)).containsExactly("RR-1", "RR-5", "RR-6");
    }

    @Test
    void rr7SendsWrongGoodsBackAndRefusesWithThePhotosOnlyAtTheLastResort() {
        OrderFile file = returnOnItsWay(RefundType.RETURN_AND_REFUND, RefundReason.NO_REASON_7D, 45900);
        Effects fx = inspect(file, InspectionResult.WRONG_ITEM, 1);
        assertThat(sent(fx, ShipReplacement.class)).extracting(ShipReplacement::kind)
                .containsExactly(WarehouseAction.RETURN_WRONG_GOODS);
        assertThat(sent(fx, RefuseRefund.class)).isEmpty();
        Instant last = theCase(file).deadline().minus(Duration.ofHours(2));
        Effects refused = file.onDeadline(CASE, CaseTimer.LAST_RESORT, last, last, policy);
        assertThat(sent(refused, RefuseRefund.class)).singleElement().satisfies(r -> assertThat(r.evidence())
                .extracting(e -> e.kind()).contains(EvidenceKind.INSPECTION_PHOTOS));
    }

    @Test
    void rr8AndRr9ProposePartialRefundsAndAgreeTheAcceptedAmount() {
        OrderFile shortFile = returnOnItsWay(RefundType.RETURN_AND_REFUND, RefundReason.NO_REASON_7D, 45900);
        assertThat(sent(inspect(shortFile, InspectionResult.QUANTITY_SHORT, 0), CreateAgentTask.class))
                .as("nothing came back: a person").hasSize(1);

        OrderFile resale = returnOnItsWay(RefundType.RETURN_AND_REFUND, RefundReason.NO_REASON_7D, 45900);
        NegotiateRefund offer = sent(inspect(resale, InspectionResult.AFFECTS_RESALE, 1), NegotiateRefund.class).get(0);
        assertThat(offer.amountFen()).isEqualTo(32130); // 30 % kept for the lost resale value
        Effects accepted = resale.onNegotiationAnswered(new NegotiationAnswered(ORDER, "R1", true, 32130L, 4, clock),
                policy, clock);
        assertThat(sent(accepted, AgreeRefund.class)).singleElement().satisfies(a -> {
            assertThat(a.amountFen()).isEqualTo(32130);
            assertThat(a.ruleId()).isEqualTo("RR-9");
        });
    }

    @Test
    void rr10RefundsAConfirmedQualityProblemWithoutTheReasonHold() {
        OrderFile file = returnOnItsWay(RefundType.RETURN_AND_REFUND, RefundReason.QUALITY, 45900);
        Effects fx = inspect(file, InspectionResult.QUALITY_PROBLEM, 1);
        assertThat(sent(fx, AgreeRefund.class)).extracting(AgreeRefund::ruleId).containsExactly("RR-10");
        assertThat(sent(fx, NotifyBuyer.class)).extracting(NotifyBuyer::template)
                .contains(BuyerMessageTemplate.SHIPPING_FEE_REFUNDED);
    }

    @Test
    void rr13And14AReturnSignedAwayFromTheWarehouseIsRefusedAtTheMarginNotRefunded() {
        OrderFile elsewhere = returnOnItsWay(RefundType.RETURN_AND_REFUND, RefundReason.NO_REASON_7D, 45900);
        Effects signed = track(elsewhere, TrackingStatus.SIGNED, new Address("广东", "深圳"));
        assertThat(sent(signed, NotifyBuyer.class)).extracting(NotifyBuyer::template)
                .containsExactly(BuyerMessageTemplate.RETURN_SIGNED_ELSEWHERE);
        Instant margin = theCase(elsewhere).deadline().minus(Duration.ofHours(24));
        Effects atMargin = elsewhere.onDeadline(CASE, CaseTimer.ESCALATE, margin, margin, policy);
        assertThat(sent(atMargin, NegotiateRefund.class)).as("G-6 first").hasSize(1);

        OrderFile local = returnOnItsWay(RefundType.RETURN_AND_REFUND, RefundReason.NO_REASON_7D, 45900);
        assertThat(sent(track(local, TrackingStatus.SIGNED, new Address("浙江", "杭州")), NotifyBuyer.class)).isEmpty();
        Instant localMargin = theCase(local).deadline().minus(Duration.ofHours(24));
        local.onDeadline(CASE, CaseTimer.ESCALATE, localMargin, localMargin, policy);
        assertThat(rules(local)).contains("RR-13");
        assertThat(theCase(local).state()).isEqualTo(CaseState.AWAITING_EVIDENCE);
    }

    @Test
    void rr15AReturnTheBuyerTookBackAsksThemToWithdrawAndReapply() {
        OrderFile file = returnOnItsWay(RefundType.RETURN_AND_REFUND, RefundReason.NO_REASON_7D, 45900);
        track(file, TrackingStatus.COLLECTED, new Address("浙江", "宁波"));
        Effects back = track(file, TrackingStatus.RETURNED_SIGNED, new Address("浙江", "宁波"));
        assertThat(sent(back, NegotiateRefund.class)).extracting(NegotiateRefund::kind)
                .containsExactly(NegotiationKind.ASK_TO_CANCEL);
        assertThat(rules(file)).contains("RR-15");
    }

    @Test
    void rr16ExtendsTheReceiptTimeOnceWhereOfferedElseRefusesWithTheReason() {
        OrderFile file = returnOnItsWay(RefundType.RETURN_AND_REFUND, RefundReason.NO_REASON_7D, 45900);
        Instant margin = theCase(file).deadline().minus(Duration.ofHours(24));
        Effects extend = file.onDeadline(CASE, CaseTimer.ESCALATE, margin, margin, policy);
        assertThat(sent(extend, ExtendReceipt.class)).singleElement()
                .satisfies(e -> assertThat(e.extension()).isEqualTo(Duration.ofDays(3)));

        var request = new RefundRequested(ORDER, "R1", RefundType.RETURN_AND_REFUND, RefundReason.NO_REASON_7D, "x",
                45900, 1, 45900, 1, "SKU", NOW, NOW.plus(Duration.ofHours(48)), 1,
                Set.of(PlatformAction.AGREE_REFUND, PlatformAction.AGREE_RETURN, PlatformAction.REFUSE));
        OrderFile noExtension = OrderFile.of(request);
        noExtension.onRefundRequested(request, policy, NOW);
        AgreeReturn agree = sent(noExtension.onFulfilmentReported(new FulfilmentReported(ORDER, CASE,
                FulfilmentState.SHIPPED, false, false, "ZTO", "ZT0001"), policy, NOW), AgreeReturn.class).get(0);
        noExtension.onPlatformActionSucceeded(new PlatformActionSucceeded(ORDER, CASE, "R1", PlatformAction.AGREE_RETURN,
                agree.actionKey(), 0), policy, NOW);
        noExtension.onReturnShipped(new ReturnShipped(ORDER, "R1", "YTO", "YT0001", null, 3, NOW), policy, NOW);
        Instant noExtMargin = theCase(noExtension).deadline().minus(Duration.ofHours(24));
        Effects refused = noExtension.onDeadline(CASE, CaseTimer.ESCALATE, noExtMargin, noExtMargin, policy);
        assertThat(sent(refused, ExtendReceipt.class)).isEmpty();
        assertThat(sent(refused, RefuseRefund.class)).extracting(RefuseRefund::ruleId).containsExactly("RR-16");
    }

    @Test
    void rr17RefundsPerishableGoodsWithoutAReturn() {
        OrderFile file = requested(RefundType.RETURN_AND_REFUND, RefundReason.QUALITY, 8800,
                new ItemAttributes("FRUIT", "车厘子", null, null, false, true, false), Set.of(PlatformAction.values()));
        assertThat(sent(last, AgreeReturn.class)).isEmpty();
        assertThat(rules(file)).startsWith("RR-17");
    }

    @Test
    void ex1ShipsTheReplacementAfterAMatchingInspectionAndEndsExchanged() {
        OrderFile file = returnOnItsWay(RefundType.EXCHANGE, RefundReason.OTHER, 45900);
        Effects fx = inspect(file, InspectionResult.MATCH, 1);
        assertThat(sent(fx, ShipReplacement.class)).extracting(ShipReplacement::kind)
                .containsExactly(WarehouseAction.SHIP_EXCHANGE);
        Effects shipped = file.onReplacementShipped(new ReplacementShipped(ORDER, CASE, WarehouseAction.SHIP_EXCHANGE,
                "ZTO", "ZT0002"), policy, clock);
        assertThat(sent(shipped, NotifyBuyer.class)).extracting(NotifyBuyer::template)
                .containsExactly(BuyerMessageTemplate.EXCHANGE_SHIPPED);
        assertThat(sent(shipped, AgreeRefund.class)).isEmpty();
        var consign = sent(shipped, com.refundpilot.contracts.commands.ConsignExchange.class).get(0);
        assertThat(consign.trackingNo()).isEqualTo("ZT0002");
        Instant last = theCase(file).deadline().minus(Duration.ofHours(2));
        Effects atLast = file.onDeadline(CASE, CaseTimer.LAST_RESORT, last, last, policy);
        assertThat(sent(atLast, AgreeRefund.class)).as("the goods are back, but the exchange is on its way").isEmpty();
        assertThat(sent(atLast, RefuseRefund.class)).isEmpty();
        file.onPlatformActionSucceeded(new PlatformActionSucceeded(ORDER, CASE, "R1", PlatformAction.EXCHANGE_SHIPPED,
                consign.actionKey(), 0), policy, clock);
        assertThat(theCase(file).outcome()).isEqualTo(CaseOutcome.EXCHANGED);
    }

    @Test
    void re1ReshipsWhenTheWeightConfirmsAMissingItem() {
        OrderFile file = requested(RefundType.RESHIP, RefundReason.MISSING_ITEM, 45900, null,
                Set.of(PlatformAction.values()));
        assertThat(theCase(file).state()).isEqualTo(CaseState.AWAITING_WEIGHT);
        Effects fx = file.onParcelWeighed(new ParcelWeighed(ORDER, CASE, "ZT0001", 310, 620, NOW), policy, NOW);
        assertThat(sent(fx, ShipReplacement.class)).extracting(ShipReplacement::kind)
                .containsExactly(WarehouseAction.RESHIP);
    }

    @Test
    void re1AMatchingWeightAsksForPhotosInsteadOfReshipping() {
        OrderFile file = requested(RefundType.RESHIP, RefundReason.MISSING_ITEM, 45900, null,
                Set.of(PlatformAction.values()));
        Effects fx = file.onParcelWeighed(new ParcelWeighed(ORDER, CASE, "ZT0001", 600, 620, NOW), policy, NOW);
        assertThat(sent(fx, ShipReplacement.class)).isEmpty();
        assertThat(sent(fx, NotifyBuyer.class)).extracting(NotifyBuyer::template)
                .containsExactly(BuyerMessageTemplate.PACKAGE_PHOTOS_PLEASE);
    }

    @Test
    void re2AsksForPhotosThenReshipsAndClaimsAfter() {
        OrderFile file = requested(RefundType.RESHIP, RefundReason.DAMAGED, 45900, null, Set.of(PlatformAction.values()));
        assertThat(sent(last, NotifyBuyer.class)).extracting(NotifyBuyer::template)
                .containsExactly(BuyerMessageTemplate.PACKAGE_PHOTOS_PLEASE);
        Effects photos = file.onBuyerReplied(new BuyerReplied(ORDER, "R1", BuyerIntent.OTHER, "照片", true, NOW), policy,
                NOW);
        assertThat(sent(photos, ShipReplacement.class)).hasSize(1);
        Effects shipped = file.onReplacementShipped(new ReplacementShipped(ORDER, CASE, WarehouseAction.RESHIP, "ZTO",
                "ZT0003"), policy, NOW);
        assertThat(sent(shipped, com.refundpilot.contracts.commands.AskCourier.class)).extracting(a -> a.kind())
                .containsExactly(com.refundpilot.contracts.vocabulary.CourierRequestKind.CLAIM);
    }

    @Test
    void rp1HoldsAnAgreeForAQualityReasonUntilTheBuyerChangesIt() {
        var request = new RefundRequested(ORDER, "R1", RefundType.REFUND_ONLY, RefundReason.QUALITY, "质量问题", 9900, 1,
                9900, 1, "SKU", NOW, NOW.plus(Duration.ofHours(72)), 1, Set.of(PlatformAction.values()));
        OrderFile file = OrderFile.of(request);
        file.onRefundRequested(request, policy, NOW);
        file.onFulfilmentReported(new FulfilmentReported(ORDER, CASE, FulfilmentState.NOT_ALLOCATED_NOT_AUDITED, false,
                false, null, null), policy, NOW);
        Effects stopped = file.onFulfilmentStopped(new com.refundpilot.contracts.events.FulfilmentStopped(ORDER, CASE,
                List.of(WarehouseAction.CANCEL_ORDER)), policy, NOW);
        assertThat(sent(stopped, AgreeRefund.class)).isEmpty();
        assertThat(sent(stopped, NegotiateRefund.class)).extracting(NegotiateRefund::kind)
                .containsExactly(NegotiationKind.CHANGE_REASON);
        assertThat(sent(stopped, CreateAgentTask.class)).extracting(CreateAgentTask::ruleId).containsExactly("RP-1");

        Effects changed = file.onRefundModified(new RefundModified(ORDER, "R1", RefundType.REFUND_ONLY,
                RefundReason.NO_REASON_7D, "协商一致", 9900, 1, NOW.plus(Duration.ofHours(72)), 2, NOW), policy, NOW);
        assertThat(sent(changed, AgreeRefund.class)).extracting(AgreeRefund::ruleId).containsExactly("NS-1");
    }

    @Test
    void rp2AnInvoiceRequestAsksAndWaitsAndTheMarginStillDecides() {
        var request = new RefundRequested(ORDER, "R1", RefundType.REFUND_ONLY, RefundReason.INVOICE, "发票问题", 9900, 1,
                9900, 1, "SKU", NOW, NOW.plus(Duration.ofHours(72)), 1, Set.of(PlatformAction.values()));
        OrderFile file = OrderFile.of(request);
        file.onRefundRequested(request, policy, NOW);
        file.onFulfilmentReported(new FulfilmentReported(ORDER, CASE, FulfilmentState.NOT_ALLOCATED_NOT_AUDITED, false,
                false, null, null), policy, NOW);
        Effects stopped = file.onFulfilmentStopped(new com.refundpilot.contracts.events.FulfilmentStopped(ORDER, CASE,
                List.of(WarehouseAction.CANCEL_ORDER)), policy, NOW);
        assertThat(sent(stopped, NotifyBuyer.class)).extracting(NotifyBuyer::template)
                .containsExactly(BuyerMessageTemplate.INVOICE_QUESTION);
        Instant margin = NOW.plus(Duration.ofHours(48));
        Effects atMargin = file.onDeadline(CASE, CaseTimer.ESCALATE, margin, margin, policy);
        assertThat(sent(atMargin, AgreeRefund.class)).extracting(AgreeRefund::ruleId).containsExactly("NS-1");
    }
}
