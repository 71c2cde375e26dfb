package com.refundpilot.refund.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.refundpilot.contracts.commands.AgreeRefund;
import com.refundpilot.contracts.commands.AskCourier;
import com.refundpilot.contracts.commands.CreateAgentTask;
import com.refundpilot.contracts.commands.InterceptParcel;
import com.refundpilot.contracts.commands.NegotiateRefund;
import com.refundpilot.contracts.commands.NotifyBuyer;
import com.refundpilot.contracts.commands.RefuseRefund;
import com.refundpilot.contracts.commands.ShipReplacement;
import com.refundpilot.contracts.commands.StopFulfilment;
import com.refundpilot.contracts.commands.WatchParcel;
import com.refundpilot.contracts.events.BuyerReplied;
import com.refundpilot.contracts.events.CourierAnswered;
import com.refundpilot.contracts.events.FulfilmentReported;
import com.refundpilot.contracts.events.InterceptFailed;
import com.refundpilot.contracts.events.NegotiationAnswered;
import com.refundpilot.contracts.events.ParcelStalled;
import com.refundpilot.contracts.events.ParcelStatusReported;
import com.refundpilot.contracts.events.PlatformActionSucceeded;
import com.refundpilot.contracts.events.PlatformRefundSettled;
import com.refundpilot.contracts.events.RefundModified;
import com.refundpilot.contracts.events.RefundRequested;
import com.refundpilot.contracts.events.ReplacementShipped;
import com.refundpilot.contracts.events.TrackingUpdated;
import com.refundpilot.contracts.vocabulary.Address;
import com.refundpilot.contracts.vocabulary.BuyerIntent;
import com.refundpilot.contracts.vocabulary.BuyerMessageTemplate;
import com.refundpilot.contracts.vocabulary.CaseOutcome;
import com.refundpilot.contracts.vocabulary.CourierRequestKind;
import com.refundpilot.contracts.vocabulary.EvidenceKind;
import com.refundpilot.contracts.vocabulary.FulfilmentState;
import com.refundpilot.contracts.vocabulary.NegotiationKind;
import com.refundpilot.contracts.vocabulary.OrderRef;
import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.contracts.vocabulary.PlatformAction;
import com.refundpilot.contracts.vocabulary.RefundReason;
import com.refundpilot.contracts.vocabulary.RefundType;
import com.refundpilot.contracts.vocabulary.TrackingStatus;
import com.refundpilot.contracts.vocabulary.WarehouseAction;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** refund-sop-spec §5: refund only for an order already with the courier. */
class ShippedRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-11T02:00:00Z");
    private static final Instant DEADLINE = NOW.plus(Duration.ofHours(72));
    private static final OrderRef ORDER = new OrderRef(Platform.TAOBAO, "shop-1", "T1001");
    private static final String CASE = ORDER.caseIdOf("R1");
    private static final Address HANGZHOU = new Address("浙江", "杭州");
    private ShopPolicy policy = ShopPolicy.defaults(); // high value above 20000 fen

    private OrderFile shippedOrder(long paidFen, RefundReason reason) {
        return shippedOrder(paidFen, reason, HANGZHOU);
    }

    private OrderFile shippedOrder(long paidFen, RefundReason reason, Address destination) {
        return shippedOrder(paidFen, reason, destination, Set.of(PlatformAction.values()));
    }

    private OrderFile shippedOrder(long paidFen, RefundReason reason, Address destination,
            Set<PlatformAction> capabilities) {
        var request = new RefundRequested(ORDER, "R1", RefundType.REFUND_ONLY, reason, "reason", paidFen, 1, paidFen, 1,
                "SKU", NOW, DEADLINE, 1, capabilities);
        OrderFile file = OrderFile.of(request);
        file.onRefundRequested(request, policy, NOW);
        Effects fx = file.onFulfilmentReported(new FulfilmentReported(ORDER, CASE, FulfilmentState.SHIPPED, false,
                false, "ZTO", "ZT0001", false, 620, destination, null), policy, NOW);
        assertThat(sent(fx, WatchParcel.class)).singleElement()
                .satisfies(w -> assertThat(w.destination()).isEqualTo(destination));
        return file;
    }

    private Effects located(OrderFile file, TrackingStatus status, Duration sinceMovement, Address at) {
        return file.onParcelStatusReported(new ParcelStatusReported(ORDER, CASE, "ZTO", "ZT0001", status,
                NOW.minus(sinceMovement), at, null), policy, NOW);
    }

    private Effects located(OrderFile file, TrackingStatus status) {
        return located(file, status, Duration.ofHours(3), HANGZHOU);
    }

    private Effects track(OrderFile file, TrackingStatus status, Instant at) {
        return file.onTrackingUpdated(new TrackingUpdated(ORDER, "ZTO", "ZT0001", status, at, "浙江", "杭州"), policy, at);
    }

    private Effects buyer(OrderFile file, BuyerIntent intent) {
        return file.onBuyerReplied(new BuyerReplied(ORDER, "R1", intent, "text", false, NOW), policy, NOW);
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

    private static List<CourierRequestKind> asked(Effects fx) {
        return sent(fx, AskCourier.class).stream().map(AskCourier::kind).toList();
    }

    @Test
    void rs1LowValueInterceptsFlagsTellsTheBuyerAndAgreesAtOnce() {
        OrderFile file = shippedOrder(12900, RefundReason.NOT_WANTED);
        Effects fx = located(file, TrackingStatus.IN_TRANSIT);

        assertThat(sent(fx, InterceptParcel.class)).singleElement()
                .satisfies(i -> assertThat(i.trackingNo()).isEqualTo("ZT0001"));
        assertThat(sent(fx, StopFulfilment.class)).singleElement()
                .satisfies(flag -> assertThat(flag.steps()).containsExactly(WarehouseAction.FLAG_ORDER));
        assertThat(sent(fx, NotifyBuyer.class)).extracting(NotifyBuyer::template)
                .containsExactly(BuyerMessageTemplate.INTERCEPT_NOTICE);
        assertThat(sent(fx, AgreeRefund.class)).extracting(AgreeRefund::ruleId).containsExactly("RS-1");
        assertThat(rules(file)).containsExactly("RS-1");
    }

    @Test
    void anOrderWorthExactlyTheThresholdIsStillLowValue() {
        OrderFile file = shippedOrder(20000, RefundReason.NOT_WANTED);
        assertThat(sent(located(file, TrackingStatus.IN_TRANSIT), AgreeRefund.class)).hasSize(1);
        assertThat(rules(file)).containsExactly("RS-1");
    }

    @Test
    void rs2HighValueWaitsForTheInterceptThenRs3Agrees() {
        OrderFile file = shippedOrder(59900, RefundReason.NOT_WANTED);
        Effects fx = located(file, TrackingStatus.IN_TRANSIT);
        assertThat(sent(fx, InterceptParcel.class)).hasSize(1);
        assertThat(sent(fx, AgreeRefund.class)).isEmpty();
        assertThat(theCase(file).state()).isEqualTo(CaseState.INTERCEPTING);

        Effects back = track(file, TrackingStatus.INTERCEPT_SUCCEEDED, NOW.plusSeconds(7200));
        assertThat(sent(back, AgreeRefund.class)).extracting(AgreeRefund::ruleId).containsExactly("RS-3");
        assertThat(rules(file)).containsExactly("RS-2", "RS-3");
    }

    @Test
    void withRefundOnReturnReceivedTheRefundWaitsForTheParcelToBeBack() {
        policy = ShopPolicy.defaults().withRefundOn(RefundOn.RETURN_RECEIVED);
        OrderFile file = shippedOrder(59900, RefundReason.NOT_WANTED);
        located(file, TrackingStatus.IN_TRANSIT);

        assertThat(sent(track(file, TrackingStatus.INTERCEPT_SUCCEEDED, NOW.plusSeconds(60)), AgreeRefund.class))
                .isEmpty();
        assertThat(sent(track(file, TrackingStatus.RETURNED_SIGNED, NOW.plusSeconds(120)), AgreeRefund.class))
                .extracting(AgreeRefund::ruleId).containsExactly("RS-3");
    }

    @Test
    void rs5AFailedInterceptAsksTheBuyerToRefuseAndARefusedParcelIsRefunded() {
        OrderFile file = shippedOrder(59900, RefundReason.NOT_WANTED);
        located(file, TrackingStatus.IN_TRANSIT);

        Effects failed = file.onInterceptFailed(new InterceptFailed(ORDER, CASE, "ZTO", "ZT0001", "ALREADY_SIGNED",
                null), policy, NOW);
        assertThat(sent(failed, NotifyBuyer.class)).extracting(NotifyBuyer::template)
                .containsExactly(BuyerMessageTemplate.REFUSE_DELIVERY_PLEASE);
        Effects refused = track(file, TrackingStatus.REFUSED_BY_RECIPIENT, NOW.plusSeconds(3600));
        assertThat(sent(refused, AgreeRefund.class)).extracting(AgreeRefund::ruleId).containsExactly("RS-5");
    }

    @Test
    void rs4AtTheMarginNegotiatesFirstThenRefusesWithTheTrackingRecordAtTheLastResort() {
        OrderFile file = shippedOrder(59900, RefundReason.NOT_WANTED);
        located(file, TrackingStatus.IN_TRANSIT);
        Instant margin = DEADLINE.minus(Duration.ofHours(24));

        Effects atMargin = file.onDeadline(CASE, CaseTimer.ESCALATE, margin, margin, policy);
        assertThat(sent(atMargin, NegotiateRefund.class)).extracting(NegotiateRefund::kind)
                .containsExactly(NegotiationKind.ASK_TO_CANCEL);
        assertThat(sent(atMargin, RefuseRefund.class)).isEmpty();
        assertThat(sent(atMargin, NotifyBuyer.class)).extracting(NotifyBuyer::template)
                .containsExactly(BuyerMessageTemplate.INTERCEPT_PENDING_EXPLAINED);

        Instant last = DEADLINE.minus(Duration.ofHours(2));
        Effects atLast = file.onDeadline(CASE, CaseTimer.LAST_RESORT, last, last, policy);
        assertThat(sent(atLast, RefuseRefund.class)).singleElement().satisfies(refuse -> {
            assertThat(refuse.ruleId()).isEqualTo("RS-4");
            assertThat(refuse.evidence()).extracting(e -> e.kind()).contains(EvidenceKind.TRACKING_RECORD);
        });
        assertThat(rules(file)).containsSubsequence("RS-2", "RS-4", "G-6", "DL-3");

        String key = sent(atLast, RefuseRefund.class).get(0).actionKey();
        file.onPlatformActionSucceeded(new PlatformActionSucceeded(ORDER, CASE, "R1", PlatformAction.REFUSE, key, 0),
                policy, last);
        assertThat(theCase(file).outcome()).isEqualTo(CaseOutcome.REFUSED);

        // keep following: the parcel comes back, the buyer re-applies, the refund follows at once
        Effects back = track(file, TrackingStatus.RETURNED_SIGNED, last.plusSeconds(3600));
        assertThat(sent(back, NotifyBuyer.class)).extracting(NotifyBuyer::template)
                .containsExactly(BuyerMessageTemplate.PARCEL_BACK_REAPPLY);
        Effects reapplied = file.onRefundModified(new RefundModified(ORDER, "R1", RefundType.REFUND_ONLY,
                RefundReason.NOT_WANTED, "不想要了", 59900, 1, last.plus(Duration.ofHours(72)), 4, last.plusSeconds(7200)),
                policy, last.plusSeconds(7200));
        assertThat(theCase(file).state()).isEqualTo(CaseState.CHECKING_FULFILMENT);
        assertThat(reapplied.messages()).isNotEmpty();
    }

    @Test
    void onAPlatformWithoutNegotiationRs4RefusesAtTheMarginItself() {
        OrderFile file = shippedOrder(59900, RefundReason.NOT_WANTED, HANGZHOU,
                Set.of(PlatformAction.AGREE_REFUND, PlatformAction.AGREE_PARTIAL_REFUND, PlatformAction.REFUSE));
        located(file, TrackingStatus.IN_TRANSIT);
        Instant margin = DEADLINE.minus(Duration.ofHours(24));

        Effects atMargin = file.onDeadline(CASE, CaseTimer.ESCALATE, margin, margin, policy);

        assertThat(sent(atMargin, NegotiateRefund.class)).as("the platform offers no 协商").isEmpty();
        assertThat(sent(atMargin, RefuseRefund.class)).singleElement()
                .satisfies(refuse -> assertThat(refuse.ruleId()).isEqualTo("RS-4"));
        assertThat(rules(file)).doesNotContain("G-6");
    }

    @Test
    void rs5SignedAsksTheBuyerAndRs6ProposesAReturnThenRefusesWithTheSigningProof() {
        OrderFile file = shippedOrder(59900, RefundReason.NOT_WANTED);
        Effects signed = located(file, TrackingStatus.SIGNED);
        assertThat(sent(signed, NotifyBuyer.class)).extracting(NotifyBuyer::template)
                .containsExactly(BuyerMessageTemplate.ASK_RECEIPT);
        assertThat(sent(signed, InterceptParcel.class)).isEmpty();

        Effects received = buyer(file, BuyerIntent.RECEIVED);
        assertThat(sent(received, NegotiateRefund.class)).extracting(NegotiateRefund::kind)
                .containsExactly(NegotiationKind.CHANGE_TO_RETURN);
        assertThat(asked(received)).containsExactly(CourierRequestKind.REQUEST_SIGNING_PROOF);

        file.onCourierAnswered(new CourierAnswered(ORDER, CASE, "ZT0001", CourierRequestKind.REQUEST_SIGNING_PROOF,
                true, null, null, "https://proof/ZT0001.jpg", null, null), policy, NOW);
        Effects declined = file.onNegotiationAnswered(new NegotiationAnswered(ORDER, "R1", false, null, 1, NOW),
                policy, NOW);
        assertThat(sent(declined, RefuseRefund.class)).singleElement().satisfies(refuse -> {
            assertThat(refuse.ruleId()).isEqualTo("RS-6");
            assertThat(refuse.evidence()).extracting(e -> e.kind()).contains(EvidenceKind.SIGNING_PROOF,
                    EvidenceKind.CHAT_LOG);
        });
        assertThat(rules(file)).containsSubsequence("RS-5", "RS-6", "RS-6");
    }

    @Test
    void rs7NotReceivedTheCourierFindsItLostTheBuyerChoosesAReship() {
        OrderFile file = shippedOrder(59900, RefundReason.NOT_RECEIVED);
        located(file, TrackingStatus.SIGNED);
        Effects verify = buyer(file, BuyerIntent.NOT_RECEIVED);
        assertThat(asked(verify)).containsExactly(CourierRequestKind.VERIFY_DELIVERY,
                CourierRequestKind.REQUEST_SIGNING_PROOF);

        Effects lost = track(file, TrackingStatus.LOST, NOW.plusSeconds(3600));
        assertThat(asked(lost)).as("the claim follows the reship or refund (CL)").isEmpty();
        assertThat(sent(lost, NotifyBuyer.class)).extracting(NotifyBuyer::template)
                .containsExactly(BuyerMessageTemplate.LOST_PARCEL_OPTIONS);
        assertThat(sent(lost, AgreeRefund.class)).isEmpty();

        Effects reship = buyer(file, BuyerIntent.WANTS_RESHIP);
        assertThat(sent(reship, ShipReplacement.class)).singleElement()
                .satisfies(r -> assertThat(r.kind()).isEqualTo(WarehouseAction.RESHIP));
        Effects shipped = file.onReplacementShipped(new ReplacementShipped(ORDER, CASE, WarehouseAction.RESHIP, "ZTO",
                "ZT0009"), policy, NOW);
        assertThat(sent(shipped, NegotiateRefund.class)).singleElement().satisfies(ask -> {
            assertThat(ask.kind()).isEqualTo(NegotiationKind.ASK_TO_CANCEL);
            assertThat(ask.ruleId()).as("the reship's rule owns the invitation, not the claim").isEqualTo("RS-7");
        });
        assertThat(sent(shipped, NotifyBuyer.class)).singleElement()
                .satisfies(notice -> assertThat(notice.ruleId()).isEqualTo("RS-7"));
        assertThat(asked(shipped)).as("reship first, claim after").containsExactly(CourierRequestKind.CLAIM);
        file.onPlatformSettled(new PlatformRefundSettled(ORDER, "R1", PlatformRefundSettled.Settlement.CLOSED, 0, NOW),
                policy, NOW);
        assertThat(theCase(file).outcome()).isEqualTo(CaseOutcome.RESHIPPED);
    }

    @Test
    void rs7TheCourierConfirmsTheSignatureTheRefusalCarriesTheProof() {
        OrderFile file = shippedOrder(59900, RefundReason.NOT_RECEIVED);
        located(file, TrackingStatus.SIGNED);
        buyer(file, BuyerIntent.NOT_RECEIVED);
        file.onCourierAnswered(new CourierAnswered(ORDER, CASE, "ZT0001", CourierRequestKind.REQUEST_SIGNING_PROOF,
                true, null, null, "https://proof/ZT0001.jpg", null, null), policy, NOW);

        Effects confirmed = track(file, TrackingStatus.SIGNED, NOW.plusSeconds(3600));
        // G-6: negotiate (invite to withdraw) before the refusal, which waits for the last resort
        assertThat(sent(confirmed, NegotiateRefund.class)).hasSize(1);
        Instant last = DEADLINE.minus(Duration.ofHours(2));
        Effects refused = file.onDeadline(CASE, CaseTimer.LAST_RESORT, last, last, policy);
        assertThat(sent(refused, RefuseRefund.class)).singleElement().satisfies(refuse -> {
            assertThat(refuse.ruleId()).isEqualTo("RS-7");
            assertThat(refuse.evidence()).extracting(e -> e.kind()).contains(EvidenceKind.SIGNING_PROOF);
        });
    }

    @Test
    void rs8NudgesAt24HoursAndRs9RefundsAndClaimsAt48() {
        OrderFile file = shippedOrder(59900, RefundReason.NOT_WANTED);
        located(file, TrackingStatus.IN_TRANSIT);
        Instant lastMoved = NOW.minus(Duration.ofHours(3));

        Effects nudge = file.onParcelStalled(new ParcelStalled(ORDER, CASE, "ZTO", "ZT0001", lastMoved,
                Duration.ofHours(24), HANGZHOU), policy, lastMoved.plus(Duration.ofHours(24)));
        assertThat(asked(nudge)).containsExactly(CourierRequestKind.NUDGE);
        assertThat(sent(nudge, AgreeRefund.class)).isEmpty();

        Effects lost = file.onParcelStalled(new ParcelStalled(ORDER, CASE, "ZTO", "ZT0001", lastMoved,
                Duration.ofHours(48), HANGZHOU), policy, lastMoved.plus(Duration.ofHours(48)));
        assertThat(asked(lost)).isEmpty();
        AgreeRefund agree = sent(lost, AgreeRefund.class).get(0);
        assertThat(agree.ruleId()).isEqualTo("RS-9");
        assertThat(rules(file)).containsSubsequence("RS-2", "RS-8", "RS-9");
        Effects refunded = file.onPlatformActionSucceeded(new PlatformActionSucceeded(ORDER, CASE, "R1",
                PlatformAction.AGREE_REFUND, agree.actionKey(), 59900), policy, NOW);
        assertThat(asked(refunded)).as("refund first, claim after").containsExactly(CourierRequestKind.CLAIM);
    }

    @Test
    void toARemoteProvince50HoursIsStillANudgeAndLostOnlyAt72() {
        Address urumqi = new Address("新疆", "乌鲁木齐");
        OrderFile file = shippedOrder(59900, RefundReason.NOT_WANTED, urumqi);
        Effects fx = located(file, TrackingStatus.IN_TRANSIT, Duration.ofHours(50), new Address("甘肃", "兰州"));
        assertThat(asked(fx)).containsExactly(CourierRequestKind.NUDGE);
        assertThat(sent(fx, AgreeRefund.class)).isEmpty();

        Instant lastMoved = NOW.minus(Duration.ofHours(50));
        Effects lost = file.onParcelStalled(new ParcelStalled(ORDER, CASE, "ZTO", "ZT0001", lastMoved,
                Duration.ofHours(72), urumqi), policy, lastMoved.plus(Duration.ofHours(72)));
        assertThat(sent(lost, AgreeRefund.class)).extracting(AgreeRefund::ruleId).containsExactly("RS-9");
    }

    @Test
    void to杭州50HoursWithoutMovementIsLostAtOnce() {
        OrderFile file = shippedOrder(59900, RefundReason.NOT_WANTED);
        Effects fx = located(file, TrackingStatus.IN_TRANSIT, Duration.ofHours(50), HANGZHOU);
        assertThat(sent(fx, InterceptParcel.class)).as("no intercept of a lost parcel").isEmpty();
        assertThat(sent(fx, AgreeRefund.class)).extracting(AgreeRefund::ruleId).containsExactly("RS-9");
        assertThat(asked(fx)).isEmpty();
    }

    @Test
    void aParcelStalledAt30HoursWhenTheCaseStartsIsNudgedAndIntercepted() {
        OrderFile file = shippedOrder(59900, RefundReason.NOT_WANTED);
        Effects fx = located(file, TrackingStatus.IN_TRANSIT, Duration.ofHours(30), HANGZHOU);
        assertThat(asked(fx)).containsExactly(CourierRequestKind.NUDGE);
        assertThat(sent(fx, InterceptParcel.class)).hasSize(1);
        assertThat(rules(file)).containsExactly("RS-8", "RS-2");
    }

    @Test
    void rs10AMisSortedParcelTheBuyerStillWantsIsRedirected() {
        OrderFile file = shippedOrder(59900, RefundReason.NOT_RECEIVED);
        Effects fx = located(file, TrackingStatus.MISROUTED, Duration.ofHours(2), new Address("广东", "深圳"));
        assertThat(asked(fx)).containsExactly(CourierRequestKind.CORRECT_ADDRESS);
        assertThat(sent(fx, NegotiateRefund.class)).extracting(NegotiateRefund::kind)
                .containsExactly(NegotiationKind.ASK_TO_CANCEL);
        assertThat(sent(fx, InterceptParcel.class)).isEmpty();
        file.onPlatformSettled(new PlatformRefundSettled(ORDER, "R1", PlatformRefundSettled.Settlement.CLOSED, 0, NOW),
                policy, NOW);
        assertThat(theCase(file).outcome()).isEqualTo(CaseOutcome.CANCELLED_BY_BUYER);
    }

    @Test
    void rs10AMisSortedParcelOfABuyerWhoWantsTheMoneyIsInterceptedBack() {
        OrderFile file = shippedOrder(59900, RefundReason.NOT_WANTED);
        Effects fx = located(file, TrackingStatus.MISROUTED, Duration.ofHours(2), new Address("广东", "深圳"));
        assertThat(sent(fx, InterceptParcel.class)).hasSize(1);
        assertThat(asked(fx)).isEmpty();
        assertThat(rules(file)).containsExactly("RS-10", "RS-2");
    }

    @Test
    void ns4RecordsTheOfflineShipmentThenContinuesAsShipped() {
        var request = new RefundRequested(ORDER, "R1", RefundType.REFUND_ONLY, RefundReason.NOT_WANTED, "不想要了",
                12900, 1, 12900, 1, "SKU", NOW, DEADLINE, 1);
        OrderFile file = OrderFile.of(request);
        file.onRefundRequested(request, policy, NOW);
        Effects fx = file.onFulfilmentReported(new FulfilmentReported(ORDER, CASE, FulfilmentState.SHIPPED_NOT_SYNCED,
                false, false, "YTO", "YT777"), policy, NOW);

        assertThat(sent(fx, WatchParcel.class)).singleElement()
                .satisfies(w -> assertThat(w.trackingNo()).isEqualTo("YT777"));
        assertThat(theCase(file).trackingNo()).isEqualTo("YT777");
        file.onParcelStatusReported(new ParcelStatusReported(ORDER, CASE, "YTO", "YT777", TrackingStatus.IN_TRANSIT,
                NOW, null, null), policy, NOW);
        assertThat(rules(file)).containsExactly("NS-4", "RS-1");
    }

    @Test
    void aParcelTheCourierDoesNotKnowGoesToAPerson() {
        OrderFile file = shippedOrder(59900, RefundReason.NOT_WANTED);
        Effects fx = file.onParcelStatusReported(new ParcelStatusReported(ORDER, CASE, "ZTO", "ZT0001", null, null, null,
                "UNKNOWN_PARCEL"), policy, NOW);
        assertThat(sent(fx, CreateAgentTask.class)).extracting(CreateAgentTask::ruleId)
                .containsExactly("COURIER-FAILED");
    }
}
