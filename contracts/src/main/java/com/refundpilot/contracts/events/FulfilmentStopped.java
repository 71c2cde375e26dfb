package com.refundpilot.contracts.events;

import com.refundpilot.contracts.Require;
import com.refundpilot.contracts.envelope.CaseMessage;
import com.refundpilot.contracts.envelope.Event;
import com.refundpilot.contracts.vocabulary.OrderRef;
import com.refundpilot.contracts.vocabulary.WarehouseAction;
import java.util.List;

/** The ERP confirmed every step of a stop sequence: the order will not ship. */
public record FulfilmentStopped(
        OrderRef order,
        String caseId,
        List<WarehouseAction> stepsDone) implements Event, CaseMessage {

    public FulfilmentStopped {
        Require.present(order, "order");
        Require.text(caseId, "caseId");
        stepsDone = List.copyOf(Require.present(stepsDone, "stepsDone"));
    }
}
