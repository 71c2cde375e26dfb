package com.refundpilot.warehouse.domain;

import com.refundpilot.contracts.vocabulary.WarehouseAction;
import com.refundpilot.warehouse.domain.StopOutcome.StepAttempt;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs the steps of a StopFulfilment command in order and stops at the first one the ERP does not do.
 * Each step carries a request ID derived from the command's envelope ID ({@code <envelopeId>:<ACTION>}), so a
 * redelivered command replays the same IDs and the ERP, idempotent per request ID, repeats no effect. A
 * command naming an action that is not an ERP stop operation fails before anything is sent.
 */
public final class StopSequence {

    public static final String ERP_UNAVAILABLE = "ERP_UNAVAILABLE";
    public static final String UNSUPPORTED_STEP = "UNSUPPORTED_STEP";

    /** Sends one operation to the ERP. */
    @FunctionalInterface
    public interface StepRunner {
        StepResult run(ErpOperation operation, String requestId);
    }

    private StopSequence() {
    }

    /**
     * The request ID of a step: {@code <commandId>:<ACTION>}; an action repeated within one command gets
     * {@code #2}, {@code #3}… so that it is not mistaken for a replay of the first.
     */
    public static String requestId(String commandId, WarehouseAction action, int occurrence) {
        return commandId + ":" + action.name() + (occurrence > 1 ? "#" + occurrence : "");
    }

    public static StopOutcome run(String commandId, List<WarehouseAction> steps, StepRunner runner) {
        List<ErpOperation> operations = new ArrayList<>();
        for (WarehouseAction step : steps) {
            Optional<ErpOperation> operation = ErpOperation.of(step);
            if (operation.isEmpty()) {
                return new StopOutcome(List.of(), step, UNSUPPORTED_STEP,
                        step + " is not an ERP operation that stops an order; nothing was sent", null, null,
                        List.of(), null);
            }
            operations.add(operation.get());
        }
        List<WarehouseAction> done = new ArrayList<>();
        List<StepAttempt> attempts = new ArrayList<>();
        Map<WarehouseAction, Integer> occurrences = new HashMap<>();
        ErpOrderSnapshot lastSeen = null;
        for (ErpOperation operation : operations) {
            WarehouseAction action = operation.action();
            String requestId = requestId(commandId, action, occurrences.merge(action, 1, Integer::sum));
            StepResult result = runner.run(operation, requestId);
            if (result instanceof StepResult.Done ok) {
                done.add(action);
                attempts.add(new StepAttempt(action, requestId, true, null));
                lastSeen = ok.order() != null ? ok.order() : lastSeen;
            } else if (result instanceof StepResult.Refused refused) {
                attempts.add(new StepAttempt(action, requestId, false, refused.code()));
                return new StopOutcome(done, action, refused.code(), refused.detail(), refused.carrier(),
                        refused.trackingNo(), attempts, lastSeen);
            } else {
                String detail = ((StepResult.Unavailable) result).detail();
                attempts.add(new StepAttempt(action, requestId, false, ERP_UNAVAILABLE));
                return new StopOutcome(done, action, ERP_UNAVAILABLE, detail, null, null, attempts, lastSeen);
            }
        }
        return new StopOutcome(done, null, null, null, null, null, attempts, lastSeen);
    }
}
