package com.refundpilot.warehouse.domain;

import com.refundpilot.contracts.vocabulary.WarehouseAction;
import java.util.List;

/**
 * How a stop sequence ended: every step done ({@link #stopped()}), or the first step that failed with the
 * ERP's code. {@code attempts} lists every operation sent, for the order's action log.
 */
public record StopOutcome(
        List<WarehouseAction> stepsDone,
        WarehouseAction failedStep,
        String code,
        String detail,
        String carrier,
        String trackingNo,
        List<StepAttempt> attempts,
        ErpOrderSnapshot lastSeen) {

    public StopOutcome {
        stepsDone = List.copyOf(stepsDone);
        attempts = List.copyOf(attempts);
    }

    public boolean stopped() {
        return failedStep == null;
    }

    /** One operation sent to the ERP: its idempotency key and whether the ERP did it. */
    public record StepAttempt(WarehouseAction action, String requestId, boolean ok, String code) {
    }
}
