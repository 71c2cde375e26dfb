package com.refundpilot.refund.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.refundpilot.contracts.commands.AgreeRefund;
import com.refundpilot.contracts.commands.CreateAgentTask;
import com.refundpilot.contracts.commands.InterceptParcel;
import com.refundpilot.contracts.commands.NotifyBuyer;
import com.refundpilot.contracts.commands.StopFulfilment;
import com.refundpilot.contracts.events.FulfilmentReported;
import com.refundpilot.contracts.events.FulfilmentStopped;
import com.refundpilot.contracts.events.InterceptFailed;
import com.refundpilot.contracts.events.RefundRequested;
import com.refundpilot.contracts.events.TrackingUpdated;
import com.refundpilot.contracts.vocabulary.BuyerMessageTemplate;
import com.refundpilot.contracts.vocabulary.FulfilmentState;
import com.refundpilot.contracts.vocabulary.OrderRef;
import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.contracts.vocabulary.RefundReason;
import com.refundpilot.contracts.vocabulary.RefundType;
import com.refundpilot.contracts.vocabulary.TrackingStatus;
import com.refundpilot.contracts.vocabulary.WarehouseAction;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** refund-sop-spec §5: refund only for an order already with the courier. */
class ShippedRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-11T02:00:00Z");
    private static final OrderRef ORDER = new OrderRef(Platform.TAOBAO, "shop-1", "T1001");
    private static final String CASE = ORDER.caseIdOf("R1");
    private final ShopPolicy policy = ShopPolicy.defaults(); // high value above 20000 fen

    private static OrderFile shippedOrder(long paidFen) {
        var request = new RefundRequested(ORDER, "R1", RefundType.REFUND_ONLY, RefundReason.NOT_WANTED, "不想要了",
                paidFen, 1, paidFen, 1, "SKU", NOW, NOW.plus(Duration.ofHours(72)), 1);
        OrderFile file = OrderFile.of(request);
        file.onRefundRequested(request, ShopPolicy.defaults(), NOW);
        return file;
    }

    private Effects report(OrderFile file, FulfilmentState state) {
        return file.onFulfilmentReported(new FulfilmentReported(ORDER, CASE, state, false, false, "ZTO", "ZT0001"),
                policy, NOW);
    }

    private static TrackingUpdated tracking(TrackingStatus status) {
        return new TrackingUpdated(ORDER, "ZTO", "ZT0001", status, NOW, "浙江", "杭州");
    }

    private static <T> List<T> sent(Effects effects, Class<T> type) {
        return effects.messages().stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static List<String> rules(OrderFile file) {
        return file.findCase(CASE).orElseThrow().decisions().stream().map(Decision::ruleId).toList();
    }

    @Test
    void rs1LowValueInterceptsFlagsTellsTheBuyerAndAgreesAtOnce() {
        OrderFile file = shippedOrder(12900);
        Effects fx = report(file, FulfilmentState.SHIPPED);

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
        OrderFile file = shippedOrder(20000);
        assertThat(sent(report(file, FulfilmentState.SHIPPED), AgreeRefund.class)).hasSize(1);
        assertThat(rules(file)).containsExactly("RS-1");
    }

    @Test
    void rs2HighValueWaitsForTheInterceptThenRs3Agrees() {
        OrderFile file = shippedOrder(20001);
        Effects fx = report(file, FulfilmentState.SHIPPED);

        assertThat(sent(fx, InterceptParcel.class)).hasSize(1);
        assertThat(sent(fx, AgreeRefund.class)).isEmpty();
        assertThat(file.findCase(CASE).orElseThrow().state()).isEqualTo(CaseState.INTERCEPTING);

        Effects flagged = file.onFulfilmentStopped(new FulfilmentStopped(ORDER, CASE, List.of(WarehouseAction.FLAG_ORDER)),
                NOW);
        assertThat(sent(flagged, AgreeRefund.class)).as("a flag is not a cancel").isEmpty();

        Effects back = file.onTrackingUpdated(tracking(TrackingStatus.INTERCEPT_SUCCEEDED), policy, NOW);
        assertThat(sent(back, AgreeRefund.class)).extracting(AgreeRefund::ruleId).containsExactly("RS-3");
        assertThat(rules(file)).containsExactly("RS-2", "RS-3");
    }

    @Test
    void withRefundOnReturnReceivedTheRefundWaitsForTheParcelToBeBack() {
        var d = ShopPolicy.defaults();
        var returnReceived = new ShopPolicy(d.highValueThresholdFen(), d.decisionMargin(), d.lastResortMargin(),
                d.automationGrace(), RefundOn.RETURN_RECEIVED, d.labelPrintCutoff(), d.returnAddress());
        OrderFile file = shippedOrder(59900);
        report(file, FulfilmentState.SHIPPED);

        assertThat(sent(file.onTrackingUpdated(tracking(TrackingStatus.INTERCEPT_SUCCEEDED), returnReceived, NOW),
                AgreeRefund.class)).isEmpty();
        assertThat(sent(file.onTrackingUpdated(tracking(TrackingStatus.RETURNED_SIGNED), returnReceived, NOW),
                AgreeRefund.class)).extracting(AgreeRefund::ruleId).containsExactly("RS-3");
    }

    @Test
    void rs5AFailedInterceptAsksTheBuyerToRefuseAndARefusedParcelIsRefunded() {
        OrderFile file = shippedOrder(59900);
        report(file, FulfilmentState.SHIPPED);

        Effects failed = file.onInterceptFailed(new InterceptFailed(ORDER, CASE, "ZTO", "ZT0001", "TOO_LATE", "out for "
                + "delivery"), NOW);
        assertThat(sent(failed, NotifyBuyer.class)).extracting(NotifyBuyer::template)
                .containsExactly(BuyerMessageTemplate.REFUSE_DELIVERY_PLEASE);
        assertThat(sent(failed, AgreeRefund.class)).isEmpty();

        Effects refused = file.onTrackingUpdated(tracking(TrackingStatus.REFUSED_BY_RECIPIENT), policy, NOW);
        assertThat(sent(refused, AgreeRefund.class)).extracting(AgreeRefund::ruleId).containsExactly("RS-5");
    }

    @Test
    void aSignedParcelWhileInterceptingGoesToAPerson() {
        OrderFile file = shippedOrder(59900);
        report(file, FulfilmentState.SHIPPED);

        Effects signed = file.onTrackingUpdated(tracking(TrackingStatus.SIGNED), policy, NOW);

        assertThat(sent(signed, AgreeRefund.class)).isEmpty();
        assertThat(sent(signed, CreateAgentTask.class)).hasSize(1);
    }

    @Test
    void ns4RecordsTheOfflineShipmentThenContinuesAsShipped() {
        OrderFile file = shippedOrder(12900);
        Effects fx = report(file, FulfilmentState.SHIPPED_NOT_SYNCED);

        assertThat(rules(file)).containsExactly("NS-4", "RS-1");
        assertThat(sent(fx, InterceptParcel.class)).hasSize(1);
    }

    @Test
    void dl3NeverAgreesWhileTheParcelIsStillOut() {
        Instant lastResort = NOW.plus(Duration.ofHours(70));
        OrderFile stillOut = shippedOrder(59900);
        report(stillOut, FulfilmentState.SHIPPED);
        assertThat(sent(stillOut.onDeadline(CASE, CaseTimer.LAST_RESORT, lastResort, lastResort, policy),
                AgreeRefund.class)).isEmpty();
    }

    @Test
    void trackingForAnotherParcelChangesNothing() {
        OrderFile file = shippedOrder(59900);
        report(file, FulfilmentState.SHIPPED);
        Effects fx = file.onTrackingUpdated(new TrackingUpdated(ORDER, "ZTO", "OTHER", TrackingStatus.INTERCEPT_SUCCEEDED,
                NOW, null, null), policy, NOW);
        assertThat(fx.isEmpty()).isTrue();
    }
}
