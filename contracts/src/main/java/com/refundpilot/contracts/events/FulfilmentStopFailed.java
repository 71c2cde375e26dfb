package com.refundpilot.contracts.events;

import com.refundpilot.contracts.Require;
import com.refundpilot.contracts.envelope.CaseMessage;
import com.refundpilot.contracts.envelope.Event;
import com.refundpilot.contracts.vocabulary.OrderRef;
import com.refundpilot.contracts.vocabulary.WarehouseAction;
import java.util.List;

/**
 * The ERP refused a step of a stop sequence. {@code code} is the ERP's reason (ALREADY_SHIPPED, VOID_FAILED,
 * FORCE_SHIP, INVALID_STATE, ERP_UNAVAILABLE); a shipped order carries its real tracking number (NS-4).
 */
public record FulfilmentStopFailed(
        OrderRef order,
        String caseId,
        List<WarehouseAction> stepsDone,
        WarehouseAction failedStep,
        String code,
        String detail,
        String carrier,
        String trackingNo) implements Event, CaseMessage {

    public FulfilmentStopFailed {
        Require.present(order, "order");
        Require.text(caseId, "caseId");
        stepsDone = List.copyOf(Require.present(stepsDone, "stepsDone"));
        Require.present(failedStep, "failedStep");
        Require.text(code, "code");
    }
}
