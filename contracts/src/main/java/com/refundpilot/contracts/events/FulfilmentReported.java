package com.refundpilot.contracts.events;

import com.refundpilot.contracts.Require;
import com.refundpilot.contracts.envelope.CaseMessage;
import com.refundpilot.contracts.envelope.Event;
import com.refundpilot.contracts.vocabulary.FulfilmentState;
import com.refundpilot.contracts.vocabulary.OrderRef;

/** The warehouse read the order's state in the ERP for a case. Tracking fields are set once shipped. */
public record FulfilmentReported(
        OrderRef order,
        String caseId,
        FulfilmentState state,
        boolean forceShip,
        boolean cancelled,
        String carrier,
        String trackingNo) implements Event, CaseMessage {

    public FulfilmentReported {
        Require.present(order, "order");
        Require.text(caseId, "caseId");
        Require.present(state, "state");
    }
}
