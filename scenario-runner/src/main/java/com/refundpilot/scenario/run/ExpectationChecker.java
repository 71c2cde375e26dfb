package com.refundpilot.scenario.run;

import com.refundpilot.scenario.model.Action;
import com.refundpilot.scenario.model.Expectation;
import com.refundpilot.scenario.model.Expectations;
import com.refundpilot.scenario.model.Outcome;
import com.refundpilot.scenario.model.ReportExpectation;
import com.refundpilot.scenario.model.ReportFigure;
import com.refundpilot.scenario.model.RuleId;
import com.refundpilot.scenario.run.Observation.ActionSeen;
import com.refundpilot.scenario.run.Observation.CaseSeen;
import com.refundpilot.scenario.run.Observation.DecisionSeen;
import com.refundpilot.scenario.run.Observation.OrderSeen;
import com.refundpilot.scenario.run.Observation.PlatformActionSeen;
import com.refundpilot.scenario.run.Observation.PlatformRefundSeen;
import com.refundpilot.scenario.run.Observation.RefundSeen;
import com.refundpilot.scenario.run.Observation.ReportSeen;
import com.refundpilot.scenario.run.Observation.TasksSeen;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Checks a scenario's {@code expect} against what was observed (docs/scenarios.md), then the invariants every
 * scenario checks. Pure: no I/O. Each failure names the key and says what happened instead.
 *
 * <p>Order: for each refund (the whole story when none was raised) its block's keys in the order of
 * {@link Expectation#KEYS}, then {@code report} (the shop's daily report, this project's extension), then the
 * invariants. With per-refund blocks each failure starts with the refund ID.
 *
 * <p>ERP and courier actions are the calls the sandbox logged, refused ones included (they are calls the system
 * sent); platform actions are the decisions that took effect. The platform's own AUTO_REFUND is not a merchant
 * action: it counts for {@code autoRefundedByPlatform} and the auto-refund invariant only.
 */
final class ExpectationChecker {

    private ExpectationChecker() {
    }

    /** Every expectation and invariant that did not hold; empty when the scenario passed. */
    static List<String> check(Expectations expectations, Observation seen) {
        return check(expectations, seen, true);
    }

    /**
     * The same; with {@code callOrderMatters} false, {@code platformActions} holds when every call expected was made
     * (as often as expected) in any order: under a platform outage a delayed call may land after a later one.
     */
    static List<String> check(Expectations expectations, Observation seen, boolean callOrderMatters) {
        List<String> failures = new ArrayList<>();
        boolean perCase = expectations instanceof Expectations.PerCase;
        if (seen.refunds().isEmpty()) {
            if (expectations instanceof Expectations.Whole whole) {
                checkBlock(whole.expectation(), Target.story(seen), "", failures, callOrderMatters);
            }
        } else {
            for (RefundSeen refund : seen.refunds()) {
                Optional<Expectation> block = expectations.forCase(refund.refundId());
                block.ifPresent(e -> checkBlock(e, Target.of(refund, seen), perCase ? refund.refundId() + ": " : "",
                        failures, callOrderMatters));
            }
        }
        expectations.report().ifPresent(report -> checkReport(report, seen.report(), failures));
        checkInvariants(expectations, seen, failures);
        return failures;
    }

    // ------------------------------------------------------------------ the daily report (extension, RP-3)

    /**
     * {@code expect.report}: each figure given, in the order of {@link ReportFigure}, exactly (rates to
     * {@link ReportExpectation#RATE_TOLERANCE}), then the supervisor message. Each failure names the key, what was
     * expected and what the report shows.
     */
    private static void checkReport(ReportExpectation expected, ReportSeen seen, List<String> failures) {
        if (seen == null) {
            failures.add("report: the daily report of " + expected.shopId() + " was not read");
            return;
        }
        if (seen.error() != null) {
            failures.add("report: could not read " + seen.describe() + ": " + seen.error());
            return;
        }
        for (Map.Entry<ReportFigure, Object> e : expected.figures().entrySet()) {
            ReportFigure figure = e.getKey();
            Object want = e.getValue();
            Object got = seen.figures().get(figure);
            if (!matches(figure, want, got)) {
                failures.add("report." + figure.key() + ": expected " + text(figure, want) + ", was "
                        + (got == null ? "none (" + DailyReportFields.field(figure) + " is null: nothing to "
                                + (figure.kind() == ReportFigure.Kind.RATE ? "divide" : "take the median of") + ")"
                                : text(figure, got))
                        + " in " + seen.describe() + summary(figure, seen));
            }
        }
        if (expected.supervisorMessage() != null) {
            int messages = seen.supervisorMessages() == null ? 0 : seen.supervisorMessages();
            if (expected.supervisorMessage() != (messages > 0)) {
                failures.add("report.supervisorMessage: expected " + expected.supervisorMessage() + ", "
                        + (messages == 0 ? "notification-service has no supervisor message"
                                : "notification-service has " + messages + " supervisor message(s)")
                        + " for " + seen.shopId() + " on " + seen.date()
                        + " (composed at 09:30 local time the next day)");
            }
        }
    }

    private static boolean matches(ReportFigure figure, Object want, Object got) {
        if (got == null) {
            return false;
        }
        if (figure.kind() == ReportFigure.Kind.RATE) {
            return Math.abs((Double) want - (Double) got) <= ReportExpectation.RATE_TOLERANCE + 1e-9;
        }
        return want.equals(got);
    }

    private static String text(ReportFigure figure, Object value) {
        return value instanceof Duration d ? d.toString() : String.valueOf(value);
    }

    /** The figures next to a broken one, so a failure says what happened instead (" (refunds 1, losses 0, ...)"). */
    private static String summary(ReportFigure broken, ReportSeen seen) {
        String others = seen.figures().entrySet().stream()
                .filter(e -> e.getKey() != broken && e.getKey().kind() != ReportFigure.Kind.DURATION)
                .filter(e -> !(e.getValue() instanceof Long l) || l != 0)
                .map(e -> e.getKey().key() + " " + text(e.getKey(), e.getValue()))
                .collect(Collectors.joining(", "));
        return others.isEmpty() ? " (all its other figures are 0)" : " (" + others + ")";
    }

    // ------------------------------------------------------------------ expectations

    /** What one expectation block is checked against: one refund with its order, or the whole story. */
    record Target(String refundId, CaseSeen kase, PlatformRefundSeen platform, List<ActionSeen> erp,
            List<ActionSeen> courier, TasksSeen tasks, String noun) {

        static Target of(RefundSeen refund, Observation seen) {
            Optional<OrderSeen> order = seen.order(refund.orderId());
            return new Target(refund.refundId(), refund.kase(), refund.platform(),
                    order.map(OrderSeen::erpActions).orElse(List.of()),
                    order.map(OrderSeen::allCourierActions).orElse(List.of()), refund.tasks(), refund.noun());
        }

        /** No refund raised: ERP and courier calls of every order; nothing to read a case or platform record from. */
        static Target story(Observation seen) {
            List<ActionSeen> erp = new ArrayList<>();
            List<ActionSeen> courier = new ArrayList<>();
            for (OrderSeen o : seen.orders()) {
                erp.addAll(o.erpActions());
                courier.addAll(o.allCourierActions());
            }
            return new Target(null, null, null, erp, courier, TasksSeen.none(), "refund");
        }

        /** "no case for R1 in refund-service" / "the steps raise no refund". */
        String noCase() {
            return refundId == null ? "the steps raise no refund" : "refund-service has no case for " + refundId;
        }

        String noPlatformRefund() {
            return refundId == null ? "the steps raise no refund" : "the platform has no " + noun + " " + refundId;
        }

        /** " (rules fired: [NS-1])", or " (no case in refund-service)". */
        String rulesFired() {
            if (kase == null) {
                return refundId == null ? "" : " (no case in refund-service)";
            }
            return " (rules fired: " + kase.rules() + ")";
        }

        List<String> platformSaw() {
            return platform == null ? List.of() : platform.merchantActions();
        }
    }

    private static void checkBlock(Expectation e, Target t, String prefix, List<String> failures,
            boolean callOrderMatters) {
        List<String> f = new ArrayList<>();
        outcome(e, t, f);
        if (e.refundedFen() != null) {
            refundedFen(e.refundedFen(), t, f);
        }
        if (e.rules() != null) {
            rules(e.rules(), t, f);
        }
        if (e.forbidRules() != null) {
            forbidRules(e.forbidRules(), t, f);
        }
        if (e.platformActions() != null) {
            List<String> expected = names(e.platformActions());
            if (t.platform == null && !expected.isEmpty()) {
                f.add("platformActions: expected " + expected + " in order, but " + t.noPlatformRefund() + t.rulesFired());
            } else if (callOrderMatters) {
                inOrder("platformActions", expected, t.platformSaw(), t.platformSaw(), "platform", t, f);
            } else if (!PlatformTrace.containsAll(t.platformSaw(), expected)) {
                f.add("platformActions: expected " + expected + " in any order, platform saw " + t.platformSaw()
                        + t.rulesFired());
            }
        }
        if (e.courierActions() != null) {
            inOrder("courierActions", names(e.courierActions()), actionNames(t.courier), strings(t.courier), "courier",
                    t, f);
        }
        if (e.warehouseActions() != null) {
            inOrder("warehouseActions", names(e.warehouseActions()), actionNames(t.erp), strings(t.erp), "ERP", t, f);
        }
        if (e.forbid() != null) {
            forbid(e.forbid(), t, f);
        }
        if (e.buyerMessages() != null) {
            buyerMessages(e.buyerMessages(), t, f);
        }
        if (e.agentTasks() != null) {
            agentTasks(e.agentTasks(), t, f);
        }
        if (e.autoRefundedByPlatform() != null) {
            autoRefunded(e.autoRefundedByPlatform(), t, f);
        }
        f.forEach(msg -> failures.add(prefix + msg));
    }

    private static void outcome(Expectation e, Target t, List<String> f) {
        Outcome outcome = e.outcome();
        String state = e.state();
        if (outcome == null && state == null) {
            return;
        }
        CaseSeen c = t.kase;
        String key = outcome != null ? "outcome" : "state";
        String expected = outcome == null ? state
                : outcome == Outcome.WAITING && state != null ? "WAITING in state " + state : outcome.name();
        if (c == null) {
            String platform = t.platform == null ? "" : " (platform: status " + t.platform.status() + ", saw "
                    + t.platform.merchantActions() + ")";
            f.add(key + ": expected " + expected + ", but " + t.noCase() + platform);
            return;
        }
        if (outcome != null && outcome != Outcome.WAITING) {
            if (c.open()) {
                f.add("outcome: expected " + outcome + ", case is still open in " + c.state() + t.rulesFired());
            } else if (!outcome.name().equals(c.outcome())) {
                f.add("outcome: expected " + outcome + ", case closed as " + c.outcome() + t.rulesFired());
            }
            return;
        }
        // WAITING, or a state alone
        if (!c.open()) {
            f.add(key + ": expected " + expected + ", case closed as " + c.outcome() + t.rulesFired());
        } else if (state != null && !state.equals(c.state())) {
            f.add(key + ": expected " + expected + ", case is waiting in " + c.state() + t.rulesFired());
        }
    }

    private static void refundedFen(long expected, Target t, List<String> f) {
        if (t.platform == null) {
            f.add("refundedFen: expected " + expected + ", but " + t.noPlatformRefund()
                    + (t.kase == null ? "" : " (case says " + t.kase.refundedFen() + ")"));
            return;
        }
        if (t.platform.refundedFen() != expected) {
            f.add("refundedFen: expected " + expected + ", platform refunded " + t.platform.refundedFen()
                    + (t.kase == null ? "" : " (case says " + t.kase.refundedFen() + ")")
                    + "; platform saw " + describe(t.platform) + t.rulesFired());
        }
    }

    private static void rules(List<RuleId> expected, Target t, List<String> f) {
        List<String> fired = t.kase == null ? List.of() : t.kase.rules();
        List<String> missing = expected.stream().map(RuleId::toString).filter(r -> !fired.contains(r)).toList();
        if (missing.isEmpty()) {
            return;
        }
        if (t.kase == null) {
            f.add("rules: expected " + strings(expected) + " among the case's decisions, but " + t.noCase());
        } else {
            f.add("rules: expected " + strings(expected) + " among the case's decisions, missing " + missing
                    + t.rulesFired());
        }
    }

    private static void forbidRules(List<RuleId> forbidden, Target t, List<String> f) {
        if (t.kase == null) {
            return; // nothing fired
        }
        List<String> fired = forbidden.stream().map(RuleId::toString).filter(t.kase.rules()::contains).toList();
        if (!fired.isEmpty()) {
            f.add("forbidRules: " + fired + " must not fire, but did" + t.rulesFired());
        }
    }

    private static void inOrder(String key, List<String> expected, List<String> seen, List<String> shown, String who,
            Target t, List<String> f) {
        if (!isSubsequence(expected, seen)) {
            f.add(key + ": expected " + expected + " in order, " + who + " saw " + shown + t.rulesFired());
        }
    }

    /** Whether {@code expected} appears in {@code seen} in this order, other actions allowed in between. */
    static boolean isSubsequence(List<String> expected, List<String> seen) {
        int i = 0;
        for (String s : seen) {
            if (i < expected.size() && expected.get(i).equals(s)) {
                i++;
            }
        }
        return i == expected.size();
    }

    private static void forbid(List<Action> forbidden, Target t, List<String> f) {
        List<String> platform = t.platformSaw();
        List<String> erp = strings(t.erp);
        List<String> courier = strings(t.courier);
        List<String> happened = new ArrayList<>();
        for (Action a : forbidden) {
            String name = a.name();
            List<String> where = new ArrayList<>();
            if (platform.contains(name)) {
                where.add("platform saw " + platform);
            }
            if (t.erp.stream().anyMatch(x -> x.action().equals(name))) {
                where.add("ERP saw " + erp);
            }
            if (t.courier.stream().anyMatch(x -> x.action().equals(name))) {
                where.add("courier saw " + courier);
            }
            if (!where.isEmpty()) {
                happened.add(name + " (" + String.join("; ", where) + ")");
            }
        }
        if (!happened.isEmpty()) {
            f.add("forbid: must not happen, but " + String.join(", ", happened) + t.rulesFired());
        }
    }

    private static void buyerMessages(int atLeast, Target t, List<String> f) {
        if (atLeast == 0) {
            return;
        }
        if (t.platform == null) {
            f.add("buyerMessages: expected at least " + atLeast + ", but " + t.noPlatformRefund());
        } else if (t.platform.buyerMessages() < atLeast) {
            f.add("buyerMessages: expected at least " + atLeast + ", platform saw " + t.platform.buyerMessages()
                    + " message(s) to the buyer" + t.rulesFired());
        }
    }

    private static void agentTasks(int exactly, Target t, List<String> f) {
        TasksSeen tasks = t.tasks;
        if (tasks.error() != null) {
            f.add("agentTasks: expected " + exactly + ", could not read the tasks: " + tasks.error());
        } else if (t.refundId == null && exactly > 0) {
            f.add("agentTasks: expected " + exactly + ", but " + t.noCase());
        } else if (tasks.ruleIds().size() != exactly) {
            f.add("agentTasks: expected " + exactly + ", notification-service has " + tasks.ruleIds().size()
                    + " task(s) " + tasks.ruleIds() + t.rulesFired());
        }
    }

    private static void autoRefunded(boolean expected, Target t, List<String> f) {
        if (t.platform == null) {
            if (expected) {
                f.add("autoRefundedByPlatform: expected true, but " + t.noPlatformRefund());
            }
            return;
        }
        if (t.platform.autoRefunded() != expected) {
            f.add("autoRefundedByPlatform: expected " + expected + ", "
                    + (t.platform.autoRefunded() ? "the platform auto-refunded " + t.refundId
                            : "the platform did not auto-refund (status " + t.platform.status() + ", saw "
                                    + t.platform.merchantActions() + ")")
                    + t.rulesFired());
        }
    }

    // ------------------------------------------------------------------ invariants

    private static void checkInvariants(Expectations expectations, Observation seen, List<String> failures) {
        for (RefundSeen r : seen.refunds()) {
            if (r.platform() == null) {
                continue;
            }
            List<PlatformActionSeen> agreeing = r.platform().agreeing();
            if (agreeing.size() > 1) {
                failures.add("invariant: refund " + r.refundId() + " received " + agreeing.size()
                        + " agreeing calls " + describe(agreeing) + ", at most one is allowed" + rulesFired(r));
            }
        }
        for (OrderSeen o : seen.orders()) {
            Map<String, Long> agreedByRefund = new LinkedHashMap<>();
            for (RefundSeen r : seen.refunds()) {
                if (r.orderId().equals(o.orderId()) && r.platform() != null) {
                    long sum = r.platform().agreeing().stream().mapToLong(PlatformActionSeen::amountFen).sum();
                    if (sum > 0) {
                        agreedByRefund.put(r.refundId(), sum);
                    }
                }
            }
            long total = agreedByRefund.values().stream().mapToLong(Long::longValue).sum();
            if (total > o.paidFen()) {
                failures.add("invariant: order " + o.orderId() + " was agreed " + total + " fen in total "
                        + agreedByRefund.entrySet().stream().map(en -> en.getKey() + " " + en.getValue())
                                .collect(Collectors.joining(", ", "(", ")"))
                        + ", more than the " + o.paidFen() + " paid");
            }
        }
        for (RefundSeen r : seen.refunds()) {
            if (r.platform() != null && r.platform().autoRefunded() && !expectsAutoRefund(expectations, r.refundId())) {
                failures.add("invariant: the platform auto-refunded " + r.refundId()
                        + " (its deadline passed without a merchant decision), but the scenario does not expect "
                        + "autoRefundedByPlatform: true; platform saw " + describe(r.platform()) + rulesFired(r));
            }
        }
        explained(seen, failures);
    }

    /** G-7: every decision of every case names its rule ID, the facts it used and the actions it chose. */
    private static void explained(Observation seen, List<String> failures) {
        for (RefundSeen r : seen.refunds()) {
            if (r.kase() == null || r.kase().decisions() == null) {
                continue;
            }
            List<DecisionSeen> decisions = r.kase().decisions();
            for (int i = 0; i < decisions.size(); i++) {
                DecisionSeen d = decisions.get(i);
                List<String> missing = new ArrayList<>();
                if (d.ruleId() == null || d.ruleId().isBlank()) {
                    missing.add("no rule ID");
                }
                if (d.facts() == 0) {
                    missing.add("no facts");
                }
                if (d.actions() == 0) {
                    missing.add("no actions");
                }
                if (!missing.isEmpty()) {
                    failures.add("invariant G-7: case " + r.kase().caseId() + " decision " + (i + 1) + " of "
                            + decisions.size() + " (" + (d.ruleId() == null || d.ruleId().isBlank() ? "?" : d.ruleId())
                            + (d.at() == null ? "" : " at " + d.at()) + ") has " + String.join(", ", missing)
                            + ": every decision names its rule, the facts it used and the actions it chose");
                }
            }
        }
    }

    private static boolean expectsAutoRefund(Expectations expectations, String refundId) {
        return expectations.forCase(refundId)
                .map(e -> Boolean.TRUE.equals(e.autoRefundedByPlatform()) || e.outcome() == Outcome.AUTO_REFUNDED_BY_PLATFORM)
                .orElse(false);
    }

    private static String rulesFired(RefundSeen r) {
        return r.kase() == null ? " (no case in refund-service)" : " (rules fired: " + r.kase().rules() + ")";
    }

    // ------------------------------------------------------------------ text

    private static List<String> names(List<? extends Action> actions) {
        return actions.stream().map(Action::name).toList();
    }

    private static List<String> actionNames(List<ActionSeen> actions) {
        return actions.stream().map(ActionSeen::action).toList();
    }

    private static List<String> strings(List<?> items) {
        return items.stream().map(String::valueOf).toList();
    }

    /** "[AGREE_REFUND 12900, AUTO_REFUND 12900]". */
    private static String describe(PlatformRefundSeen platform) {
        return describe(platform.actions());
    }

    private static String describe(List<PlatformActionSeen> actions) {
        return actions.stream().map(a -> a.amountFen() > 0 ? a.action() + " " + a.amountFen() : a.action())
                .collect(Collectors.joining(", ", "[", "]"));
    }
}
