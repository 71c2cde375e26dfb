package com.refundpilot.contracts.events;

import com.refundpilot.contracts.Require;
import com.refundpilot.contracts.envelope.CaseMessage;
import com.refundpilot.contracts.envelope.Event;
import com.refundpilot.contracts.vocabulary.OrderRef;
import java.time.Instant;

/** A case timer fired (DL-2 escalation margin, DL-3 last resort); {@code kind} names the timer. */
public record CaseDeadlineReached(OrderRef order, String caseId, String kind, Instant dueAt,
        Instant platformDeadline) implements Event, CaseMessage {

    public CaseDeadlineReached {
        Require.present(order, "order");
        Require.text(caseId, "caseId");
        Require.text(kind, "kind");
        Require.present(dueAt, "dueAt");
    }
}
