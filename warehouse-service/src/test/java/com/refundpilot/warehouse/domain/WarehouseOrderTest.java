package com.refundpilot.warehouse.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.refundpilot.contracts.events.FulfilmentCheckFailed;
import com.refundpilot.contracts.events.FulfilmentReported;
import com.refundpilot.contracts.events.FulfilmentStopFailed;
import com.refundpilot.contracts.events.FulfilmentStopped;
import com.refundpilot.contracts.events.ReplacementFailed;
import com.refundpilot.contracts.events.ReplacementShipped;
import com.refundpilot.contracts.vocabulary.Address;
import com.refundpilot.contracts.vocabulary.FulfilmentState;
import com.refundpilot.contracts.vocabulary.ItemAttributes;
import com.refundpilot.contracts.vocabulary.OrderRef;
import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.contracts.vocabulary.WarehouseAction;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ERP answers → the events refund-service sees. */
class WarehouseOrderTest {

    private static final OrderRef ORDER = new OrderRef(Platform.TAOBAO, "shop-1", "T1001");
    private static final String CASE = ORDER.caseIdOf("R1");
    private static final Instant NOW = Instant.parse("2026-11-11T02:00:00Z");

    private final WarehouseOrder order = WarehouseOrder.of(ORDER);

    @Test
    void aReadOrderIsReportedWithItsStateFlagsAndTracking() {
        var shipped = new ErpOrderSnapshot("T1001", FulfilmentState.SHIPPED_NOT_SYNCED, true, false, false, List.of(),
                "ZTO", "ZT0001", null, null, null, null);

        var event = order.checked(CASE, new OrderRead.Found(shipped), NOW);

        assertThat(event).isEqualTo(new FulfilmentReported(ORDER, CASE, FulfilmentState.SHIPPED_NOT_SYNCED, true, false,
                "ZTO", "ZT0001"));
        assertThat(order.lastKnown()).isEqualTo(shipped);
        assertThat(order.lastReadAt()).isEqualTo(NOW);
    }

    @Test
    void theLabelTheWeightTheDestinationAndTheItemTravelWithTheReport() {
        var item = new ItemAttributes("CAKE-01", "定制蛋糕", null, "8寸", true, true, true);
        var printed = new ErpOrderSnapshot("T1001", FulfilmentState.ALLOCATED_AUDITED, false, false, false, List.of(),
                null, null, true, 620, new Address("浙江", "杭州"), item);

        var event = (FulfilmentReported) order.checked(CASE, new OrderRead.Found(printed), NOW);

        assertThat(event).isEqualTo(new FulfilmentReported(ORDER, CASE, FulfilmentState.ALLOCATED_AUDITED, false,
                false, null, null, true, 620, new Address("浙江", "杭州"), item));
        assertThat(event.printed()).isTrue();
    }

    @Test
    void aShippedReplacementIsReportedWithItsParcelAndLogged() {
        var event = order.replacementAttempted(CASE, "RS-7", WarehouseAction.RESHIP, "cmd-9:RESHIP",
                new ReplacementResult.Shipped("ZTO", "ZT0002"), NOW);

        assertThat(event).isEqualTo(new ReplacementShipped(ORDER, CASE, WarehouseAction.RESHIP, "ZTO", "ZT0002"));
        assertThat(order.actionLog()).containsExactly(
                new ActionLogEntry(NOW, CASE, "RS-7", WarehouseAction.RESHIP, "cmd-9:RESHIP", true, null));
    }

    @Test
    void aRefusedOrUnansweredReplacementIsAFailureWithTheCode() {
        assertThat(order.replacementAttempted(CASE, "EX-1", WarehouseAction.SHIP_EXCHANGE, "cmd-1:SHIP_EXCHANGE",
                new ReplacementResult.Refused("INVALID_STATE", "ship-exchange needs an order that shipped"), NOW))
                .isEqualTo(new ReplacementFailed(ORDER, CASE, WarehouseAction.SHIP_EXCHANGE, "INVALID_STATE",
                        "ship-exchange needs an order that shipped"));
        assertThat(order.replacementAttempted(CASE, "RS-7", WarehouseAction.RESHIP, "cmd-2:RESHIP",
                new ReplacementResult.Unavailable("ERP answered 503"), NOW))
                .isEqualTo(new ReplacementFailed(ORDER, CASE, WarehouseAction.RESHIP, "ERP_UNAVAILABLE",
                        "ERP answered 503"));
        assertThat(order.actionLog()).extracting(ActionLogEntry::code).containsExactly("INVALID_STATE",
                "ERP_UNAVAILABLE");
    }

    @Test
    void anUnknownOrderOrAnUnavailableErpIsACheckFailure() {
        assertThat(order.checked(CASE, new OrderRead.NotFound("no order T1001"), NOW))
                .isEqualTo(new FulfilmentCheckFailed(ORDER, CASE, "ORDER_NOT_FOUND", "no order T1001"));
        assertThat(order.checked(CASE, new OrderRead.Unavailable("ERP answered 503 after 3 attempts"), NOW))
                .isEqualTo(new FulfilmentCheckFailed(ORDER, CASE, "ERP_UNAVAILABLE", "ERP answered 503 after 3 attempts"));
        assertThat(order.lastKnown()).isNull();
    }

    @Test
    void aCompletedSequenceIsReportedStoppedAndLogged() {
        var after = new ErpOrderSnapshot("T1001", FulfilmentState.NOT_ALLOCATED_NOT_AUDITED, false, true, false,
                List.of(), null, null, null, null, null, null);
        var outcome = StopSequence.run("cmd-1", List.of(WarehouseAction.UNAUDIT, WarehouseAction.CANCEL_ORDER),
                (operation, requestId) -> new StepResult.Done(after));

        var event = order.stopAttempted(CASE, "NS-2", outcome, NOW);

        assertThat(event).isEqualTo(new FulfilmentStopped(ORDER, CASE,
                List.of(WarehouseAction.UNAUDIT, WarehouseAction.CANCEL_ORDER)));
        assertThat(order.actionLog()).containsExactly(
                new ActionLogEntry(NOW, CASE, "NS-2", WarehouseAction.UNAUDIT, "cmd-1:UNAUDIT", true, null),
                new ActionLogEntry(NOW, CASE, "NS-2", WarehouseAction.CANCEL_ORDER, "cmd-1:CANCEL_ORDER", true, null));
        assertThat(order.lastKnown()).isEqualTo(after);
    }

    @Test
    void aRefusedSequenceIsReportedWithTheStepsDoneTheCodeAndTheTracking() {
        var outcome = StopSequence.run("cmd-2", List.of(WarehouseAction.CANCEL_ORDER),
                (operation, requestId) -> new StepResult.Refused("ALREADY_SHIPPED", "shipped", "ZTO", "ZT0001"));

        var event = order.stopAttempted(CASE, "NS-1", outcome, NOW);

        assertThat(event).isEqualTo(new FulfilmentStopFailed(ORDER, CASE, List.of(), WarehouseAction.CANCEL_ORDER,
                "ALREADY_SHIPPED", "shipped", "ZTO", "ZT0001"));
        assertThat(order.actionLog()).extracting(ActionLogEntry::code).containsExactly("ALREADY_SHIPPED");
    }

    @Test
    void theActionLogKeepsTheMostRecentEntries() {
        for (int i = 0; i < WarehouseOrder.ACTION_LOG_KEPT + 5; i++) {
            order.stopAttempted(CASE, "NS-1", StopSequence.run("cmd-" + i, List.of(WarehouseAction.FLAG_ORDER),
                    (operation, requestId) -> new StepResult.Done(null)), NOW);
        }
        assertThat(order.actionLog()).hasSize(WarehouseOrder.ACTION_LOG_KEPT);
        assertThat(order.actionLog().get(0).requestId()).isEqualTo("cmd-5:FLAG_ORDER");
    }
}
