package com.refundpilot.contracts.events;

import com.refundpilot.contracts.Require;
import com.refundpilot.contracts.envelope.CaseMessage;
import com.refundpilot.contracts.envelope.Event;
import com.refundpilot.contracts.vocabulary.OrderRef;
import java.util.List;
import java.util.Map;

/** A rule fired on a case (G-7): the rule ID, the facts it used and the actions it chose. */
public record CaseDecided(OrderRef order, String caseId, String ruleId, Map<String, String> facts,
        List<String> actions, String summary) implements Event, CaseMessage {

    public CaseDecided {
        Require.present(order, "order");
        Require.text(caseId, "caseId");
        Require.text(ruleId, "ruleId");
        facts = Map.copyOf(Require.present(facts, "facts"));
        actions = List.copyOf(Require.present(actions, "actions"));
    }
}
