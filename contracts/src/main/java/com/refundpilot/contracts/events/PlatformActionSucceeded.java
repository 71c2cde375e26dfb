package com.refundpilot.contracts.events;

import com.refundpilot.contracts.Require;
import com.refundpilot.contracts.envelope.CaseMessage;
import com.refundpilot.contracts.envelope.Event;
import com.refundpilot.contracts.vocabulary.OrderRef;
import com.refundpilot.contracts.vocabulary.PlatformAction;

/** The platform accepted a merchant action; {@code actionKey} is the idempotency key it was sent with. */
public record PlatformActionSucceeded(
        OrderRef order,
        String caseId,
        String refundId,
        PlatformAction action,
        String actionKey,
        long amountFen) implements Event, CaseMessage {

    public PlatformActionSucceeded {
        Require.present(order, "order");
        Require.text(caseId, "caseId");
        Require.text(refundId, "refundId");
        Require.present(action, "action");
        Require.text(actionKey, "actionKey");
        Require.nonNegative(amountFen, "amountFen");
    }
}
