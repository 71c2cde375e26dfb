package com.refundpilot.contracts.events;

import com.refundpilot.contracts.Require;
import com.refundpilot.contracts.envelope.CaseMessage;
import com.refundpilot.contracts.envelope.Event;
import com.refundpilot.contracts.vocabulary.OrderRef;
import com.refundpilot.contracts.vocabulary.PlatformAction;

/** The platform refused a merchant action (a failure is an event, not an exception). */
public record PlatformActionRejected(
        OrderRef order,
        String caseId,
        String refundId,
        PlatformAction action,
        String actionKey,
        String code,
        String reason) implements Event, CaseMessage {

    public PlatformActionRejected {
        Require.present(order, "order");
        Require.text(caseId, "caseId");
        Require.text(refundId, "refundId");
        Require.present(action, "action");
        Require.text(actionKey, "actionKey");
        Require.text(code, "code");
    }
}
