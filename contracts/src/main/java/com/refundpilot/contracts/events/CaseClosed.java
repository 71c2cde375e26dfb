package com.refundpilot.contracts.events;

import com.refundpilot.contracts.Require;
import com.refundpilot.contracts.envelope.CaseMessage;
import com.refundpilot.contracts.envelope.Event;
import com.refundpilot.contracts.vocabulary.CaseOutcome;
import com.refundpilot.contracts.vocabulary.OrderRef;
import java.time.Duration;

/** A case reached a terminal outcome; {@code timeToClose} runs from the buyer's request. */
public record CaseClosed(OrderRef order, String caseId, CaseOutcome outcome, long refundedFen, String ruleId,
        Duration timeToClose) implements Event, CaseMessage {

    public CaseClosed {
        Require.present(order, "order");
        Require.text(caseId, "caseId");
        Require.present(outcome, "outcome");
        Require.nonNegative(refundedFen, "refundedFen");
        Require.present(timeToClose, "timeToClose");
    }
}
