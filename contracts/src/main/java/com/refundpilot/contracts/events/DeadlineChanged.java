package com.refundpilot.contracts.events;

import com.refundpilot.contracts.Require;
import com.refundpilot.contracts.envelope.CaseMessage;
import com.refundpilot.contracts.envelope.Event;
import com.refundpilot.contracts.vocabulary.OrderRef;
import java.time.Instant;

/** The platform moved the merchant's deadline of the request's current stage (DL-1). */
public record DeadlineChanged(OrderRef order, String refundId, Instant deadline, long platformVersion,
        Instant changedAt) implements Event, CaseMessage {

    public DeadlineChanged {
        Require.present(order, "order");
        Require.text(refundId, "refundId");
        Require.present(deadline, "deadline");
        Require.present(changedAt, "changedAt");
    }

    @Override
    public String caseId() {
        return order.caseIdOf(refundId);
    }
}
