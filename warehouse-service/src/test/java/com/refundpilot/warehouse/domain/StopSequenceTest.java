package com.refundpilot.warehouse.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.refundpilot.contracts.vocabulary.FulfilmentState;
import com.refundpilot.contracts.vocabulary.WarehouseAction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class StopSequenceTest {

    private static final String COMMAND_ID = "cmd-1";
    private static final ErpOrderSnapshot AFTER = new ErpOrderSnapshot("T1", FulfilmentState.NOT_ALLOCATED_NOT_AUDITED,
            false, true, false, List.of(), null, null, null, null, null, null);

    private final List<String> sent = new ArrayList<>();

    private StopSequence.StepRunner answering(Map<ErpOperation, StepResult> answers) {
        return (operation, requestId) -> {
            sent.add(operation.path() + " " + requestId);
            return answers.getOrDefault(operation, new StepResult.Done(AFTER));
        };
    }

    @Test
    void everyWarehouseActionOfAStopMapsToItsErpOperation() {
        assertThat(ErpOperation.of(WarehouseAction.CANCEL_ORDER)).contains(ErpOperation.CANCEL);
        assertThat(ErpOperation.of(WarehouseAction.UNAUDIT)).contains(ErpOperation.UNAUDIT);
        assertThat(ErpOperation.of(WarehouseAction.INTERCEPT_IN_WAREHOUSE)).contains(ErpOperation.INTERCEPT);
        assertThat(ErpOperation.of(WarehouseAction.VOID)).contains(ErpOperation.VOID);
        assertThat(ErpOperation.of(WarehouseAction.FLAG_ORDER)).contains(ErpOperation.FLAG);
        assertThat(List.of(ErpOperation.values())).extracting(ErpOperation::path)
                .containsExactly("cancel", "unaudit", "intercept", "void", "flag");
    }

    @ParameterizedTest
    @EnumSource(value = WarehouseAction.class, names = {"RESHIP", "SHIP_EXCHANGE", "RETURN_WRONG_GOODS"})
    void anActionThatIsNoStopOperationFailsTheCommandBeforeAnythingIsSent(WarehouseAction action) {
        StopOutcome outcome = StopSequence.run(COMMAND_ID, List.of(WarehouseAction.UNAUDIT, action),
                answering(Map.of()));

        assertThat(sent).isEmpty();
        assertThat(outcome.stopped()).isFalse();
        assertThat(outcome.failedStep()).isEqualTo(action);
        assertThat(outcome.code()).isEqualTo(StopSequence.UNSUPPORTED_STEP);
        assertThat(outcome.stepsDone()).isEmpty();
    }

    @Test
    void ns3RunsEveryStepInOrderWithRequestIdsDerivedFromTheCommand() {
        var steps = List.of(WarehouseAction.INTERCEPT_IN_WAREHOUSE, WarehouseAction.VOID, WarehouseAction.UNAUDIT,
                WarehouseAction.CANCEL_ORDER);

        StopOutcome outcome = StopSequence.run(COMMAND_ID, steps, answering(Map.of()));

        assertThat(sent).containsExactly("intercept cmd-1:INTERCEPT_IN_WAREHOUSE", "void cmd-1:VOID",
                "unaudit cmd-1:UNAUDIT", "cancel cmd-1:CANCEL_ORDER");
        assertThat(outcome.stopped()).isTrue();
        assertThat(outcome.stepsDone()).isEqualTo(steps);
        assertThat(outcome.lastSeen()).isEqualTo(AFTER);
        assertThat(outcome.attempts()).allMatch(StopOutcome.StepAttempt::ok);
    }

    @Test
    void theFirstRefusalEndsTheSequenceWithTheErpCode() {
        var steps = List.of(WarehouseAction.INTERCEPT_IN_WAREHOUSE, WarehouseAction.VOID, WarehouseAction.UNAUDIT,
                WarehouseAction.CANCEL_ORDER);
        var refused = new StepResult.Refused("VOID_FAILED", "picking list printed", null, null);

        StopOutcome outcome = StopSequence.run(COMMAND_ID, steps, answering(Map.of(ErpOperation.VOID, refused)));

        assertThat(sent).hasSize(2);
        assertThat(outcome.stepsDone()).containsExactly(WarehouseAction.INTERCEPT_IN_WAREHOUSE);
        assertThat(outcome.failedStep()).isEqualTo(WarehouseAction.VOID);
        assertThat(outcome.code()).isEqualTo("VOID_FAILED");
        assertThat(outcome.detail()).isEqualTo("picking list printed");
        assertThat(outcome.attempts()).extracting(StopOutcome.StepAttempt::ok).containsExactly(true, false);
    }

    @Test
    void alreadyShippedCarriesTheRealTracking() {
        var refused = new StepResult.Refused("ALREADY_SHIPPED", "order shipped", "ZTO", "ZT0001");

        StopOutcome outcome = StopSequence.run(COMMAND_ID, List.of(WarehouseAction.CANCEL_ORDER),
                answering(Map.of(ErpOperation.CANCEL, refused)));

        assertThat(outcome.stepsDone()).isEmpty();
        assertThat(outcome.code()).isEqualTo("ALREADY_SHIPPED");
        assertThat(outcome.carrier()).isEqualTo("ZTO");
        assertThat(outcome.trackingNo()).isEqualTo("ZT0001");
    }

    @Test
    void anUnreachableErpIsAFailureCodedErpUnavailable() {
        StopOutcome outcome = StopSequence.run(COMMAND_ID, List.of(WarehouseAction.UNAUDIT,
                WarehouseAction.CANCEL_ORDER), answering(Map.of(ErpOperation.CANCEL,
                new StepResult.Unavailable("ERP answered 503 after 3 attempts"))));

        assertThat(outcome.stepsDone()).containsExactly(WarehouseAction.UNAUDIT);
        assertThat(outcome.failedStep()).isEqualTo(WarehouseAction.CANCEL_ORDER);
        assertThat(outcome.code()).isEqualTo(StopSequence.ERP_UNAVAILABLE);
        assertThat(outcome.detail()).contains("503");
    }

    @Test
    void aRepeatedActionGetsItsOwnRequestId() {
        StopSequence.run(COMMAND_ID, List.of(WarehouseAction.FLAG_ORDER, WarehouseAction.FLAG_ORDER),
                answering(Map.of()));

        assertThat(sent).containsExactly("flag cmd-1:FLAG_ORDER", "flag cmd-1:FLAG_ORDER#2");
    }
}
