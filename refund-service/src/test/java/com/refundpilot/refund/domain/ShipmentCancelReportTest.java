package com.refundpilot.refund.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.refundpilot.contracts.commands.AgreeRefund;
import com.refundpilot.contracts.commands.CreateAgentTask;
import com.refundpilot.contracts.commands.ReportShipmentCancelled;
import com.refundpilot.contracts.events.FulfilmentReported;
import com.refundpilot.contracts.events.FulfilmentStopFailed;
import com.refundpilot.contracts.events.FulfilmentStopped;
import com.refundpilot.contracts.events.NegotiationAnswered;
import com.refundpilot.contracts.events.PlatformActionRejected;
import com.refundpilot.contracts.events.PlatformActionSucceeded;
import com.refundpilot.contracts.events.RefundModified;
import com.refundpilot.contracts.events.RefundRequested;
import com.refundpilot.contracts.envelope.Message;
import com.refundpilot.contracts.vocabulary.CaseOutcome;
import com.refundpilot.contracts.vocabulary.FulfilmentState;
import com.refundpilot.contracts.vocabulary.ItemAttributes;
import com.refundpilot.contracts.vocabulary.OrderRef;
import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.contracts.vocabulary.PlatformAction;
import com.refundpilot.contracts.vocabulary.RefundReason;
import com.refundpilot.contracts.vocabulary.RefundType;
import com.refundpilot.contracts.vocabulary.WarehouseAction;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** ADR 0011: the platform hears of the cancelled shipment with the agree of a not-shipped refund, once, for nothing. */
class ShipmentCancelReportTest {

    private static final Instant MORNING = Instant.parse("2026-11-11T00:30:00Z");
    private static final Instant STOPPED_AT = MORNING.plus(Duration.ofMinutes(2));
    private static final OrderRef ORDER = new OrderRef(Platform.TAOBAO, "shop-1", "T1001");
    private static final String CASE = ORDER.caseIdOf("R1");
    private final ShopPolicy policy = ShopPolicy.defaults();

    private static OrderFile opened(RefundReason reason, Set<PlatformAction> capabilities) {
        var request = new RefundRequested(ORDER, "R1", RefundType.REFUND_ONLY, reason, "reason", 10000, 1, 10000, 1,
                "SKU", MORNING, MORNING.plus(Duration.ofHours(72)), 1, capabilities);
        OrderFile file = OrderFile.of(request);
        file.onRefundRequested(request, ShopPolicy.defaults(), MORNING);
        return file;
    }

    private static OrderFile opened() {
        return opened(RefundReason.NOT_WANTED, Set.of(PlatformAction.values()));
    }

    private void reported(OrderFile file, FulfilmentState state, ItemAttributes item) {
        file.onFulfilmentReported(new FulfilmentReported(ORDER, CASE, state, false, false, null, null, false, null, null,
                item), policy, MORNING);
    }

    private Effects stopped(OrderFile file, WarehouseAction... steps) {
        return file.onFulfilmentStopped(new FulfilmentStopped(ORDER, CASE, List.of(steps)), policy, STOPPED_AT);
    }

    private static <T> List<T> sent(Effects effects, Class<T> type) {
        return effects.messages().stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static RefundCase theCase(OrderFile file) {
        return file.findCase(CASE).orElseThrow();
    }

    private static List<String> notes(OrderFile file, String kind) {
        return theCase(file).timeline().stream().filter(e -> e.kind().equals(kind)).map(TimelineEntry::detail).toList();
    }

    @Test
    void theStoppedOrderIsReportedCancelledRightBeforeTheAgreeUnderTheRuleThatStoppedIt() {
        OrderFile file = opened();
        reported(file, FulfilmentState.ALLOCATED_AUDITED, null); // NS-3

        Effects fx = stopped(file, WarehouseAction.INTERCEPT_IN_WAREHOUSE, WarehouseAction.VOID, WarehouseAction.UNAUDIT,
                WarehouseAction.CANCEL_ORDER);

        List<Message> platform = fx.messages().stream()
                .filter(m -> m instanceof ReportShipmentCancelled || m instanceof AgreeRefund).toList();
        assertThat(platform).extracting(m -> m.getClass().getSimpleName())
                .containsExactly("ReportShipmentCancelled", "AgreeRefund");
        assertThat(sent(fx, ReportShipmentCancelled.class)).singleElement().satisfies(report -> {
            assertThat(report.ruleId()).isEqualTo("NS-3");
            assertThat(report.refundFen()).isEqualTo(10000);
            assertThat(report.cancelledAt()).isEqualTo(STOPPED_AT);
            assertThat(report.actionKey()).isEqualTo(CASE + ":REPORT_SHIPMENT_CANCELLED");
            assertThat(report.deliverBy()).isEqualTo(sent(fx, AgreeRefund.class).get(0).deliverBy());
        });
        assertThat(theCase(file).decisions()).filteredOn(d -> d.ruleId().equals("NS-3")).singleElement()
                .satisfies(d -> assertThat(d.actions()).containsSubsequence("CANCEL_ORDER", "REPORT_SHIPMENT_CANCELLED",
                        "AGREE_REFUND"));
        assertThat(notes(file, "COMMAND")).anyMatch(note -> note.contains("cancelled shipment"));
    }

    @Test
    void anOrderTheErpHadCancelledAlreadyIsReportedToo() {
        OrderFile file = opened();
        reported(file, FulfilmentState.NOT_ALLOCATED_NOT_AUDITED, null);

        Effects fx = file.onFulfilmentStopFailed(new FulfilmentStopFailed(ORDER, CASE, List.of(),
                WarehouseAction.CANCEL_ORDER, "ALREADY_CANCELLED", null, null, null), policy, STOPPED_AT);

        assertThat(sent(fx, ReportShipmentCancelled.class)).extracting(ReportShipmentCancelled::ruleId)
                .containsExactly("NS-1");
        assertThat(sent(fx, AgreeRefund.class)).hasSize(1);
    }

    @Test
    void aStopThatFailedIsNotReported() {
        OrderFile shipped = opened();
        reported(shipped, FulfilmentState.NOT_ALLOCATED_AUDITED, null);
        Effects left = shipped.onFulfilmentStopFailed(new FulfilmentStopFailed(ORDER, CASE, List.of(WarehouseAction.UNAUDIT),
                WarehouseAction.CANCEL_ORDER, "ALREADY_SHIPPED", null, "ZTO", "ZT123"), policy, STOPPED_AT);
        assertThat(sent(left, ReportShipmentCancelled.class)).isEmpty();

        OrderFile forced = opened();
        reported(forced, FulfilmentState.ALLOCATED_AUDITED, null);
        Effects voidFailed = forced.onFulfilmentStopFailed(new FulfilmentStopFailed(ORDER, CASE,
                List.of(WarehouseAction.INTERCEPT_IN_WAREHOUSE), WarehouseAction.VOID, "VOID_FAILED", null, null, null),
                policy, STOPPED_AT);
        assertThat(sent(voidFailed, ReportShipmentCancelled.class)).isEmpty();
        assertThat(sent(voidFailed, CreateAgentTask.class)).extracting(CreateAgentTask::ruleId).containsExactly("NS-5");
    }

    @Test
    void aPlatformWithoutTheCallIsNotAskedAndTheAgreeGoesOutAlone() {
        OrderFile file = opened(RefundReason.NOT_WANTED, EnumSet.complementOf(
                EnumSet.of(PlatformAction.REPORT_SHIPMENT_CANCELLED)));
        reported(file, FulfilmentState.NOT_ALLOCATED_NOT_AUDITED, null);

        Effects fx = stopped(file, WarehouseAction.CANCEL_ORDER);

        assertThat(sent(fx, ReportShipmentCancelled.class)).isEmpty();
        assertThat(sent(fx, AgreeRefund.class)).hasSize(1);
        assertThat(notes(file, "NOT_OFFERED")).hasSize(1);
        assertThat(theCase(file).decisions()).filteredOn(d -> d.ruleId().equals("NS-1")).singleElement()
                .satisfies(d -> assertThat(d.actions()).doesNotContain("REPORT_SHIPMENT_CANCELLED"));
    }

    @Test
    void aRefusedReportIsNotedWithoutATaskAndTheAgreeStillClosesTheCase() {
        OrderFile file = opened();
        reported(file, FulfilmentState.NOT_ALLOCATED_NOT_AUDITED, null);
        Effects fx = stopped(file, WarehouseAction.CANCEL_ORDER);
        ReportShipmentCancelled report = sent(fx, ReportShipmentCancelled.class).get(0);
        AgreeRefund agree = sent(fx, AgreeRefund.class).get(0);

        Effects refused = file.onPlatformActionRejected(new PlatformActionRejected(ORDER, CASE, "R1",
                PlatformAction.REPORT_SHIPMENT_CANCELLED, report.actionKey(), "PLATFORM_UNAVAILABLE", "no answer"),
                policy, STOPPED_AT.plusSeconds(1));

        assertThat(refused.messages()).isEmpty();
        assertThat(theCase(file).state()).isEqualTo(CaseState.AGREEING);
        assertThat(theCase(file).escalated()).isFalse();
        assertThat(notes(file, "PLATFORM_REJECTED")).singleElement()
                .satisfies(note -> assertThat(note).contains("PLATFORM_UNAVAILABLE"));
        file.onPlatformActionSucceeded(new PlatformActionSucceeded(ORDER, CASE, "R1", PlatformAction.AGREE_REFUND,
                agree.actionKey(), 10000), policy, STOPPED_AT.plusSeconds(2));
        assertThat(theCase(file).outcome()).isEqualTo(CaseOutcome.REFUNDED);
    }

    @Test
    void aReportThatTookAfterTheCaseClosedIsOnlyNoted() {
        OrderFile file = opened();
        reported(file, FulfilmentState.NOT_ALLOCATED_NOT_AUDITED, null);
        Effects fx = stopped(file, WarehouseAction.CANCEL_ORDER);
        file.onPlatformActionSucceeded(new PlatformActionSucceeded(ORDER, CASE, "R1", PlatformAction.AGREE_REFUND,
                sent(fx, AgreeRefund.class).get(0).actionKey(), 10000), policy, STOPPED_AT.plusSeconds(1));

        Effects late = file.onPlatformActionSucceeded(new PlatformActionSucceeded(ORDER, CASE, "R1",
                PlatformAction.REPORT_SHIPMENT_CANCELLED, sent(fx, ReportShipmentCancelled.class).get(0).actionKey(), 0),
                policy, STOPPED_AT.plusSeconds(2));

        assertThat(late.messages()).isEmpty();
        assertThat(theCase(file).outcome()).isEqualTo(CaseOutcome.REFUNDED);
        assertThat(notes(file, "PLATFORM_DONE")).hasSize(1);
    }

    @Test
    void aHeldAgreeHoldsTheReportTooUntilItIsReleasedThenBothGoOnce() {
        OrderFile file = opened(RefundReason.QUALITY, Set.of(PlatformAction.values())); // RP-1 holds the agree
        reported(file, FulfilmentState.NOT_ALLOCATED_NOT_AUDITED, null);

        Effects held = stopped(file, WarehouseAction.CANCEL_ORDER);
        assertThat(sent(held, AgreeRefund.class)).isEmpty();
        assertThat(sent(held, ReportShipmentCancelled.class)).as("the report could set off the platform's own refund")
                .isEmpty();

        Effects released = file.onRefundModified(new RefundModified(ORDER, "R1", RefundType.REFUND_ONLY,
                RefundReason.NOT_WANTED, "不想要了", 10000, 1, MORNING.plus(Duration.ofHours(72)), 2, MORNING),
                policy, STOPPED_AT.plusSeconds(60));
        assertThat(sent(released, ReportShipmentCancelled.class)).singleElement().satisfies(report -> {
            assertThat(report.ruleId()).isEqualTo("NS-1");
            assertThat(report.cancelledAt()).isEqualTo(STOPPED_AT);
        });
        assertThat(sent(released, AgreeRefund.class)).hasSize(1);
    }

    @Test
    void aPartialAgreeAfterTheStopIsNotPrecededByAReport() {
        OrderFile file = opened();
        var inProduction = new ItemAttributes("MUG-PHOTO", "定制马克杯", null, null, true, false, true);
        reported(file, FulfilmentState.NOT_ALLOCATED_AUDITED, inProduction); // NS-6 proposes 70 %
        file.onNegotiationAnswered(new NegotiationAnswered(ORDER, "R1", true, 7000L, 2, MORNING), policy, MORNING);

        Effects fx = stopped(file, WarehouseAction.UNAUDIT, WarehouseAction.CANCEL_ORDER);

        assertThat(sent(fx, AgreeRefund.class)).singleElement().satisfies(a -> assertThat(a.partial()).isTrue());
        assertThat(sent(fx, ReportShipmentCancelled.class)).isEmpty();
        assertThat(notes(file, "NOT_REPORTED")).hasSize(1);
    }
}
