package com.refundpilot.refund.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** G-7: a rule fired, on these facts, choosing these actions. What an operator reads to answer "why?". */
public record Decision(Instant at, String ruleId, Map<String, String> facts, List<String> actions, String summary) {

    public Decision {
        facts = Map.copyOf(facts);
        actions = List.copyOf(actions);
    }
}
