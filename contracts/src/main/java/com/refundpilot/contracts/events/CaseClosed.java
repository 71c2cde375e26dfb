package com.refundpilot.contracts.events;

import com.refundpilot.contracts.Require;
import com.refundpilot.contracts.envelope.CaseMessage;
import com.refundpilot.contracts.envelope.Event;
import com.refundpilot.contracts.vocabulary.CaseOutcome;
import com.refundpilot.contracts.vocabulary.OrderRef;
import java.time.Duration;

/**
 * A case reached a terminal outcome; {@code timeToClose} runs from the buyer's request. Added later (may be
 * null): {@code goodsRecovered} — whether the goods were safe when the money went out (not shipped, intercepted
 * and confirmed, returned): a refund without them is a 钱货两空 loss for the report (RP-3); {@code automated} —
 * decided by a rule rather than a person (the auto-approval rate).
 */
public record CaseClosed(OrderRef order, String caseId, CaseOutcome outcome, long refundedFen, String ruleId,
        Duration timeToClose, Boolean goodsRecovered, Boolean automated) implements Event, CaseMessage {

    /** The first version's fields only. */
    public CaseClosed(OrderRef order, String caseId, CaseOutcome outcome, long refundedFen, String ruleId,
            Duration timeToClose) {
        this(order, caseId, outcome, refundedFen, ruleId, timeToClose, null, null);
    }

    public CaseClosed {
        Require.present(order, "order");
        Require.text(caseId, "caseId");
        Require.present(outcome, "outcome");
        Require.nonNegative(refundedFen, "refundedFen");
        Require.present(timeToClose, "timeToClose");
    }
}
