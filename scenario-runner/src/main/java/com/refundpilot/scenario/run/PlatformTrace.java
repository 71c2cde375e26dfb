package com.refundpilot.scenario.run;

import com.refundpilot.scenario.run.Observation.PlatformActionSeen;
import com.refundpilot.scenario.run.Observation.RefundSeen;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the outside world saw a scenario's system do, per refund (scenario IDs): the platform calls that took
 * effect (with their amounts), the buyer messages the platform delivered, the agent tasks raised. A run under
 * platform faults must leave the same trace as the same story without them: a call missing is a lost action, one
 * more is a duplicate, an extra task is a person asked to do what the system should have, an AUTO_REFUND is a
 * missed deadline. Only the order may differ: a delayed call may land after a later one.
 */
record PlatformTrace(Map<String, Refund> refunds) {

    record Refund(List<String> platformCalls, int buyerMessages, List<String> agentTasks) {
    }

    static PlatformTrace of(Observation observation) {
        Map<String, Refund> refunds = new LinkedHashMap<>();
        for (RefundSeen refund : observation.refunds()) {
            List<String> calls = new ArrayList<>();
            int messages = 0;
            if (refund.platform() != null) {
                for (PlatformActionSeen action : refund.platform().actions()) {
                    calls.add(action.amountFen() == 0 ? action.action() : action.action() + " " + action.amountFen());
                }
                messages = refund.platform().buyerMessages();
            }
            List<String> tasks = refund.tasks() == null ? List.of() : refund.tasks().ruleIds();
            refunds.put(refund.refundId(), new Refund(List.copyOf(calls), messages, List.copyOf(tasks)));
        }
        return new PlatformTrace(refunds);
    }

    /** How the faulty run's trace differs from this one's, in words; empty when they agree (order aside). */
    List<String> differencesTo(PlatformTrace faulty) {
        List<String> differences = new ArrayList<>();
        refunds.forEach((refundId, clean) -> {
            Refund seen = faulty.refunds.get(refundId);
            if (seen == null) {
                differences.add(refundId + ": not seen at all under faults");
                return;
            }
            missing(clean.platformCalls(), seen.platformCalls())
                    .forEach(call -> differences.add(refundId + ": platform call " + call + " lost under faults"));
            missing(seen.platformCalls(), clean.platformCalls())
                    .forEach(call -> differences.add(refundId + ": platform call " + call + " under faults only"
                            + (call.startsWith(Observation.PlatformRefundSeen.AUTO_REFUND)
                                    ? " (a missed deadline)" : " (a duplicate or a different story)")));
            if (seen.buyerMessages() != clean.buyerMessages()) {
                differences.add(refundId + ": " + seen.buyerMessages() + " buyer messages delivered under faults, "
                        + clean.buyerMessages() + " without");
            }
            missing(seen.agentTasks(), clean.agentTasks())
                    .forEach(task -> differences.add(refundId + ": agent task " + task + " under faults only"));
            missing(clean.agentTasks(), seen.agentTasks())
                    .forEach(task -> differences.add(refundId + ": agent task " + task + " missing under faults"));
        });
        return differences;
    }

    /** Whether {@code seen} holds every one of {@code expected}, as often (order aside). */
    static boolean containsAll(List<String> seen, List<String> expected) {
        return missing(expected, seen).isEmpty();
    }

    /** What {@code expected} holds more often than {@code actual} (multiset difference, in expected's order). */
    private static List<String> missing(List<String> expected, List<String> actual) {
        Map<String, Integer> left = new HashMap<>();
        actual.forEach(a -> left.merge(a, 1, Integer::sum));
        List<String> missing = new ArrayList<>();
        for (String e : expected) {
            if (left.getOrDefault(e, 0) > 0) {
                left.merge(e, -1, Integer::sum);
            } else {
                missing.add(e);
            }
        }
        return missing;
    }
}
