package com.refundpilot.refund.domain;

import com.refundpilot.contracts.commands.AgreeRefund;
import com.refundpilot.contracts.commands.CheckFulfilment;
import com.refundpilot.contracts.commands.CreateAgentTask;
import com.refundpilot.contracts.commands.NotifyBuyer;
import com.refundpilot.contracts.commands.ResolveCase;
import com.refundpilot.contracts.vocabulary.AgentDecision;
import com.refundpilot.contracts.commands.InterceptParcel;
import com.refundpilot.contracts.events.InterceptFailed;
import com.refundpilot.contracts.events.InterceptRequested;
import com.refundpilot.contracts.events.TrackingUpdated;
import com.refundpilot.contracts.vocabulary.FulfilmentState;
import com.refundpilot.contracts.vocabulary.WarehouseAction;
import com.refundpilot.contracts.commands.StopFulfilment;
import com.refundpilot.contracts.events.CaseClosed;
import com.refundpilot.contracts.events.CaseDeadlineReached;
import com.refundpilot.contracts.events.CaseDecided;
import com.refundpilot.contracts.events.CaseOpened;
import com.refundpilot.contracts.events.FulfilmentCheckFailed;
import com.refundpilot.contracts.events.FulfilmentReported;
import com.refundpilot.contracts.events.FulfilmentStopFailed;
import com.refundpilot.contracts.events.FulfilmentStopped;
import com.refundpilot.contracts.events.PlatformActionRejected;
import com.refundpilot.contracts.events.PlatformActionSucceeded;
import com.refundpilot.contracts.events.PlatformRefundSettled;
import com.refundpilot.contracts.events.RefundRequested;
import com.refundpilot.contracts.vocabulary.BuyerMessageTemplate;
import com.refundpilot.contracts.vocabulary.CaseOutcome;
import com.refundpilot.contracts.vocabulary.OrderRef;
import com.refundpilot.contracts.vocabulary.PlatformAction;
import com.refundpilot.contracts.vocabulary.RefundReason;
import com.refundpilot.contracts.vocabulary.RefundType;
import com.refundpilot.contracts.vocabulary.TaskPriority;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The aggregate: one order and all its after-sales cases, decided together by one consumer at a time
 * (messages are keyed by order). Every handler returns the {@link Effects} to apply atomically with the
 * new state: commands, events and timers. Pure Java: no framework types (an ArchUnit test keeps it so).
 */
public final class OrderFile {

    private static final int MAX_FULFILMENT_CHECKS = 3;

    private OrderRef order;
    private long paidFen;
    private int purchasedQuantity;
    private List<RefundCase> cases = new ArrayList<>();

    private OrderFile() {
        // for the persistence mapper
    }

    public static OrderFile of(RefundRequested firstRequest) {
        var file = new OrderFile();
        file.order = firstRequest.order();
        file.paidFen = firstRequest.orderPaidFen();
        file.purchasedQuantity = firstRequest.orderQuantity();
        return file;
    }

    // ---- a buyer's request -------------------------------------------------------------------------------

    public Effects onRefundRequested(RefundRequested request, ShopPolicy policy, Instant now) {
        var fx = new Effects();
        if (findCase(request.caseId()).isPresent()) {
            return fx; // the same request delivered again (G-4): the case exists, nothing changes
        }
        RefundCase c = RefundCase.open(request, now);
        long remainingBefore = remainingFen();
        cases.add(c);
        fx.send(new CaseOpened(order, c.caseId(), c.refundId(), c.type(), c.reason(), c.amountFen(), c.deadline()));
        scheduleDeadlineTimers(c, policy, fx);

        Map<String, String> facts = facts(c);
        facts.put("remainingFen", Long.toString(remainingBefore));
        if (c.quantity() > purchasedQuantity) {
            escalate(c, now, fx, RuleIds.G2_QUANTITY, facts, "Refund quantity " + c.quantity()
                    + " exceeds the purchased quantity " + purchasedQuantity);
        } else if (otherCaseHoldsMoney(c)) {
            escalate(c, now, fx, RuleIds.G3_ONE_REFUND_PER_MONEY, facts,
                    "Another after-sales request on this order already refunds or is refunding it: never "
                            + "auto-approve a second request for the same money");
        } else if (c.amountFen() > remainingBefore) {
            escalate(c, now, fx, RuleIds.G1_AMOUNT, facts, "Requested " + Money.yuan(c.amountFen())
                    + " exceeds the refundable remainder " + Money.yuan(remainingBefore));
        } else if (c.type() != RefundType.REFUND_ONLY) {
            escalate(c, now, fx, RuleIds.NOT_AUTOMATED, facts,
                    c.type() + " requests are not automated yet: a person decides");
        } else {
            c.note(now, "COMMAND", "ask the warehouse for the fulfilment state");
            c.fulfilmentCheckRequested();
            fx.send(new CheckFulfilment(order, c.caseId()));
        }
        return fx;
    }

    // ---- the warehouse -----------------------------------------------------------------------------------

    public Effects onFulfilmentReported(FulfilmentReported report, ShopPolicy policy, Instant now) {
        var fx = new Effects();
        RefundCase c = openCase(report.caseId()).orElse(null);
        if (c == null || c.state() != CaseState.CHECKING_FULFILMENT) {
            return fx;
        }
        c.fulfilmentReported(report.state(), report.forceShip());
        c.note(now, "FULFILMENT_REPORTED", report.state() + (report.forceShip() ? ", force-ship flag set" : "")
                + (report.trackingNo() != null ? ", tracking " + report.carrier() + " " + report.trackingNo() : ""));
        Map<String, String> facts = facts(c);
        facts.put("fulfilment", report.state().name());
        facts.put("forceShip", Boolean.toString(report.forceShip()));
        if (report.state().shipped()) {
            onShipped(c, report, policy, facts, now, fx);
            return fx;
        }
        if (report.forceShip()) {
            escalate(c, now, fx, RuleIds.NS5, facts,
                    "The order carries the force-ship flag: the warehouse will ship it, a person must decide");
            return fx;
        }
        var plan = NotShippedRules.planFor(report.state()).orElseThrow();
        var steps = plan.steps();
        List<String> actions = new ArrayList<>(steps.stream().map(Enum::name).toList());
        actions.add(PlatformAction.AGREE_REFUND.name());
        c.decide(now, plan.ruleId(), facts, actions, plan.summary());
        fx.send(decided(c));
        c.moveTo(CaseState.STOPPING_FULFILMENT);
        fx.send(new StopFulfilment(order, c.caseId(), plan.ruleId(), steps, "退款"));
        return fx;
    }

    // ---- shipped: the parcel is with the courier (RS, and NS-4 when the platform was not told) ------------

    private void onShipped(RefundCase c, FulfilmentReported report, ShopPolicy policy, Map<String, String> facts,
            Instant now, Effects fx) {
        if (report.trackingNo() == null || report.trackingNo().isBlank()) {
            escalate(c, now, fx, RuleIds.NOT_AUTOMATED, facts,
                    "The warehouse reports the order shipped but gives no tracking number: a person must find it");
            return;
        }
        if (c.type() != RefundType.REFUND_ONLY) {
            escalate(c, now, fx, RuleIds.NOT_AUTOMATED, facts, c.type() + " of a shipped order is not automated yet");
            return;
        }
        c.shippedWith(report.carrier(), report.trackingNo());
        facts.put("trackingNo", report.trackingNo());
        facts.put("paidFen", Long.toString(paidFen));
        facts.put("highValueThresholdFen", Long.toString(policy.highValueThresholdFen()));
        if (report.state() == FulfilmentState.SHIPPED_NOT_SYNCED) {
            c.decide(now, RuleIds.NS4, facts, List.of("RECORD_TRACKING", "INTERCEPT"),
                    "Shipped offline and the platform was not told: record the real tracking number "
                            + report.trackingNo() + " and continue as a shipped refund");
            fx.send(decided(c));
        }
        boolean lowValue = paidFen <= policy.highValueThresholdFen();
        String ruleId = lowValue ? RuleIds.RS1 : RuleIds.RS2;
        List<String> actions = new ArrayList<>(List.of("INTERCEPT", WarehouseAction.FLAG_ORDER.name(), "BUYER_MESSAGE"));
        actions.add(lowValue ? PlatformAction.AGREE_REFUND.name() : "WAIT_FOR_INTERCEPT");
        c.decide(now, ruleId, facts, actions, lowValue
                ? "In transit, low value: intercept, flag the order, tell the buyer to refuse delivery, agree now"
                : "In transit, high value: intercept, flag the order, tell the buyer, agree once the intercept holds");
        fx.send(decided(c));
        fx.send(new InterceptParcel(order, c.caseId(), report.carrier(), report.trackingNo(), "退款拦截"));
        fx.send(new StopFulfilment(order, c.caseId(), ruleId, List.of(WarehouseAction.FLAG_ORDER), "退款拦截"));
        fx.send(new NotifyBuyer(order, c.caseId(), c.refundId(), BuyerMessageTemplate.INTERCEPT_NOTICE, Map.of(),
                ruleId));
        c.note(now, "COMMAND", "intercept " + report.carrier() + " " + report.trackingNo()
                + ", flag the order in the ERP, send the intercept notice");
        if (lowValue) {
            agree(c, ruleId, now, fx);
        } else {
            c.moveTo(CaseState.INTERCEPTING);
        }
    }

    public Effects onInterceptRequested(InterceptRequested requested, Instant now) {
        var fx = new Effects();
        findCase(requested.caseId()).ifPresent(c -> c.note(now, "INTERCEPT_REQUESTED",
                "the courier accepted the intercept of " + requested.trackingNo()));
        return fx;
    }

    public Effects onInterceptFailed(InterceptFailed failed, Instant now) {
        var fx = new Effects();
        RefundCase c = openCase(failed.caseId()).orElse(null);
        if (c == null) {
            return fx;
        }
        c.note(now, "INTERCEPT_FAILED", failed.code() + (failed.reason() == null ? "" : " (" + failed.reason() + ")"));
        interceptFailed(c, failed.code(), now, fx);
        return fx;
    }

    public Effects onTrackingUpdated(TrackingUpdated update, ShopPolicy policy, Instant now) {
        var fx = new Effects();
        for (RefundCase c : cases) {
            if (!update.trackingNo().equals(c.trackingNo())) {
                continue;
            }
            c.note(now, "TRACKING", update.status() + (update.city() == null ? "" : " at " + update.province() + " "
                    + update.city()));
            if (!c.state().isOpen()) {
                continue;
            }
            switch (update.status()) {
                case INTERCEPT_SUCCEEDED, RETURNING -> {
                    if (policy.refundOn() == RefundOn.INTERCEPT_CONFIRMED) {
                        parcelComingBack(c, RuleIds.RS3,
                                "The intercept holds: the parcel is on its way back, agree the refund", update, now, fx);
                    } else {
                        c.interceptHeld();
                        c.note(now, "WAITING", "the intercept holds; the shop agrees only once the parcel is back "
                                + "(refundOn RETURN_RECEIVED)");
                    }
                }
                case RETURNED_SIGNED -> parcelComingBack(c, RuleIds.RS3,
                        "The parcel is back at the merchant: agree the refund", update, now, fx);
                case REFUSED_BY_RECIPIENT -> parcelComingBack(c, RuleIds.RS5,
                        "The buyer refused the delivery: the parcel goes back, agree the refund", update, now, fx);
                case INTERCEPT_FAILED -> interceptFailed(c, "INTERCEPT_FAILED", now, fx);
                case SIGNED -> {
                    if (c.state() == CaseState.INTERCEPTING) {
                        Map<String, String> facts = facts(c);
                        facts.put("tracking", update.status().name());
                        escalate(c, now, fx, RuleIds.NOT_AUTOMATED, facts, "The parcel was signed for: the buyer "
                                + "must confirm receipt or not (RS-6/RS-7 are not automated yet)");
                    }
                }
                default -> { }
            }
        }
        return fx;
    }

    private void parcelComingBack(RefundCase c, String ruleId, String summary, TrackingUpdated update, Instant now,
            Effects fx) {
        c.interceptHeld();
        if (c.state() != CaseState.INTERCEPTING && c.state() != CaseState.ESCALATED) {
            return; // RS-1 agreed already; the parcel coming back is just recorded
        }
        Map<String, String> facts = facts(c);
        facts.put("tracking", update.status().name());
        c.decide(now, ruleId, facts, List.of(PlatformAction.AGREE_REFUND.name()), summary);
        fx.send(decided(c));
        agree(c, ruleId, now, fx);
    }

    private void interceptFailed(RefundCase c, String code, Instant now, Effects fx) {
        Map<String, String> facts = facts(c);
        facts.put("interceptResult", code);
        c.decide(now, RuleIds.RS5, facts, List.of("BUYER_MESSAGE:" + BuyerMessageTemplate.REFUSE_DELIVERY_PLEASE),
                "The intercept failed: ask the buyer to refuse the delivery; the refund follows the parcel's return");
        fx.send(decided(c));
        fx.send(new NotifyBuyer(order, c.caseId(), c.refundId(), BuyerMessageTemplate.REFUSE_DELIVERY_PLEASE, Map.of(),
                RuleIds.RS5));
    }

    public Effects onFulfilmentStopped(FulfilmentStopped stopped, Instant now) {
        var fx = new Effects();
        RefundCase c = openCase(stopped.caseId()).orElse(null);
        if (!stopped.stepsDone().contains(WarehouseAction.CANCEL_ORDER)) {
            if (c != null) {
                c.note(now, "ERP_DONE", "the warehouse did " + stopped.stepsDone());
            }
            return fx; // e.g. the RS flag on a shipped order: nothing to decide
        }
        if (c == null || (c.state() != CaseState.STOPPING_FULFILMENT && c.state() != CaseState.ESCALATED)) {
            return fx;
        }
        c.note(now, "ORDER_STOPPED", "the warehouse confirmed " + stopped.stepsDone());
        agree(c, lastRuleOf(c), now, fx);
        return fx;
    }

    public Effects onFulfilmentStopFailed(FulfilmentStopFailed failed, Instant now) {
        var fx = new Effects();
        RefundCase c = openCase(failed.caseId()).orElse(null);
        if (c == null || c.state() != CaseState.STOPPING_FULFILMENT || !failed.failedStep().stopsTheOrder()) {
            return fx;
        }
        c.note(now, "ORDER_STOP_FAILED", failed.failedStep() + " refused: " + failed.code()
                + (failed.detail() == null ? "" : " (" + failed.detail() + ")"));
        Map<String, String> facts = facts(c);
        facts.put("failedStep", failed.failedStep().name());
        facts.put("erpCode", failed.code());
        switch (failed.code()) {
            case "VOID_FAILED", "FORCE_SHIP" -> escalate(c, now, fx, RuleIds.NS5, facts,
                    "The warehouse cannot stop the order (" + failed.code() + "): a person must decide");
            case "ALREADY_CANCELLED" -> {
                // The order is cancelled already (by a person, or by an earlier attempt): the goods are safe.
                c.note(now, "ORDER_STOPPED", "the ERP reports the order already cancelled");
                agree(c, lastRuleOf(c), now, fx);
            }
            case "ALREADY_SHIPPED" -> escalate(c, now, fx, RuleIds.NOT_AUTOMATED, facts,
                    "The order left the warehouse meanwhile (tracking " + failed.trackingNo()
                            + "): shipped rules (NS-4/RS) are not automated yet");
            default -> recheckOrEscalate(c, now, fx, facts);
        }
        return fx;
    }

    public Effects onFulfilmentCheckFailed(FulfilmentCheckFailed failed, Instant now) {
        var fx = new Effects();
        RefundCase c = openCase(failed.caseId()).orElse(null);
        if (c == null || c.state() != CaseState.CHECKING_FULFILMENT) {
            return fx;
        }
        c.note(now, "FULFILMENT_CHECK_FAILED", failed.code() + (failed.detail() == null ? "" : " (" + failed.detail() + ")"));
        Map<String, String> facts = facts(c);
        facts.put("erpCode", failed.code());
        if ("ORDER_NOT_FOUND".equals(failed.code())) {
            escalate(c, now, fx, RuleIds.WAREHOUSE_FAILED, facts,
                    "The ERP does not know this order: a person must find where the goods are");
        } else {
            recheckOrEscalate(c, now, fx, facts);
        }
        return fx;
    }

    private void recheckOrEscalate(RefundCase c, Instant now, Effects fx, Map<String, String> facts) {
        if (c.fulfilmentChecks() < MAX_FULFILMENT_CHECKS) {
            if (c.state() != CaseState.CHECKING_FULFILMENT) {
                c.moveTo(CaseState.CHECKING_FULFILMENT);
            }
            c.note(now, "COMMAND", "ask the warehouse again (attempt " + (c.fulfilmentChecks() + 1) + ")");
            c.fulfilmentCheckRequested();
            fx.send(new CheckFulfilment(order, c.caseId()));
        } else {
            escalate(c, now, fx, RuleIds.WAREHOUSE_FAILED, facts,
                    "The warehouse could not settle the order's state after " + MAX_FULFILMENT_CHECKS + " tries");
        }
    }

    // ---- the platform ------------------------------------------------------------------------------------

    public Effects onPlatformActionSucceeded(PlatformActionSucceeded result, Instant now) {
        var fx = new Effects();
        RefundCase c = openCase(result.caseId()).orElse(null);
        if (c == null || !result.actionKey().equals(c.pendingActionKey()) || !result.action().paysBuyer()) {
            return fx;
        }
        c.note(now, "PLATFORM_AGREED", result.action() + " of " + Money.yuan(result.amountFen()) + " accepted");
        refunded(c, result.amountFen(), now, fx);
        return fx;
    }

    /** Our agree took effect (told by the action result or by the platform's own message, whichever is first). */
    private void refunded(RefundCase c, long amountFen, Instant now, Effects fx) {
        String ruleId = lastRuleOf(c);
        close(c, CaseOutcome.REFUNDED, amountFen, ruleId, now, fx);
        BuyerMessageTemplate template = BuyerMessageTemplate.REFUND_APPROVED;
        if (c.reason() == RefundReason.NOT_WANTED || c.reason() == RefundReason.ORDERED_BY_MISTAKE) {
            // NS-RETAIN: the retention message rides with the approval; it never delays the refund.
            template = BuyerMessageTemplate.REFUND_APPROVED_RETAIN;
            Map<String, String> facts = facts(c);
            c.decide(now, RuleIds.NS_RETAIN, facts, List.of("BUYER_MESSAGE:" + template),
                    "The buyer no longer wants it: send other styles and the current promotion with the approval");
            fx.send(decided(c));
        }
        fx.send(new NotifyBuyer(order, c.caseId(), c.refundId(), template, Map.of("amount", Money.yuan(amountFen)),
                ruleId));
    }

    public Effects onPlatformActionRejected(PlatformActionRejected result, Instant now) {
        var fx = new Effects();
        RefundCase c = openCase(result.caseId()).orElse(null);
        if (c == null || !result.actionKey().equals(c.pendingActionKey())) {
            return fx;
        }
        c.note(now, "PLATFORM_REJECTED", result.action() + " refused: " + result.code() + " " + result.reason());
        Map<String, String> facts = facts(c);
        facts.put("platformCode", result.code());
        escalate(c, now, fx, RuleIds.PLATFORM_REJECTED, facts,
                "The platform refused " + result.action() + " (" + result.code() + "): a person must decide");
        return fx;
    }

    public Effects onPlatformSettled(PlatformRefundSettled settled, Instant now) {
        var fx = new Effects();
        RefundCase c = findCase(settled.caseId()).orElse(null);
        if (c == null) {
            return fx;
        }
        if (!c.state().isOpen()) {
            c.note(now, "PLATFORM_SETTLED", "the platform reports " + settled.settlement() + " (already closed)");
            return fx;
        }
        c.note(now, "PLATFORM_SETTLED", "the platform reports " + settled.settlement() + ", refunded "
                + Money.yuan(settled.refundedFen()));
        if (settled.settlement() == PlatformRefundSettled.Settlement.CLOSED) {
            close(c, CaseOutcome.CANCELLED_BY_BUYER, 0, "PLATFORM", now, fx);
        } else if (c.state() == CaseState.AGREEING) {
            // Our agree went through; its result message is still on its way and will be ignored.
            refunded(c, settled.refundedFen(), now, fx);
        } else {
            close(c, CaseOutcome.AUTO_REFUNDED_BY_PLATFORM, settled.refundedFen(), "PLATFORM", now, fx);
        }
        return fx;
    }

    // ---- a person decided (agent tasks) -------------------------------------------------------------------

    public Effects onResolveCase(ResolveCase resolution, Instant now) {
        var fx = new Effects();
        RefundCase c = findCase(resolution.caseId()).orElse(null);
        if (c == null) {
            return fx;
        }
        if (!c.state().isOpen() || c.state() == CaseState.AGREEING) {
            c.note(now, "AGENT_IGNORED", resolution.agent() + " " + resolution.decision() + " arrived after the case "
                    + "was decided (" + c.state() + ")");
            return fx;
        }
        Map<String, String> facts = facts(c);
        facts.put("agent", resolution.agent());
        facts.put("taskId", resolution.taskId());
        long wanted = resolution.amountFen() > 0 ? resolution.amountFen() : c.amountFen();
        facts.put("approvedFen", Long.toString(wanted));
        if (resolution.decision() != AgentDecision.APPROVE) {
            c.note(now, "AGENT", resolution.agent() + " chose " + resolution.decision()
                    + ", which the system cannot carry out on the platform yet");
            return fx;
        }
        if (wanted > c.amountFen() || wanted > remainingFen()) {
            escalate(c, now, fx, RuleIds.G1_AMOUNT, facts, resolution.agent() + " approved " + Money.yuan(wanted)
                    + ", more than requested or left to refund (" + Money.yuan(Math.min(c.amountFen(), remainingFen()))
                    + "): never approve blindly");
            return fx;
        }
        c.decide(now, RuleIds.AGENT, facts, List.of(PlatformAction.AGREE_REFUND.name()),
                resolution.agent() + " approved the refund of " + Money.yuan(wanted));
        fx.send(decided(c));
        agree(c, RuleIds.AGENT, wanted, now, fx);
        return fx;
    }

    // ---- deadlines (G-5, DL-2, DL-3) --------------------------------------------------------------------

    public Effects onDeadline(String caseId, CaseTimer timer, Instant dueAt, Instant now, ShopPolicy policy) {
        var fx = new Effects();
        RefundCase c = openCase(caseId).orElse(null);
        if (c == null || !dueAt.equals(dueAtOf(c, timer, policy))) {
            return fx; // closed meanwhile, or a stale firing of a timer that has since moved
        }
        fx.send(new CaseDeadlineReached(order, caseId, timer.name(), dueAt, c.deadline()));
        c.note(now, "DEADLINE_REACHED", timer + " (platform deadline " + c.deadline() + ")");
        if (c.state() == CaseState.AGREEING) {
            return fx; // decided; the agree call is on its way
        }
        Map<String, String> facts = facts(c);
        facts.put("timeLeft", Duration.between(now, c.deadline()).toString());
        if (timer == CaseTimer.ESCALATE) {
            if (!c.escalated()) {
                escalate(c, now, fx, RuleIds.DL2, facts, "No decision " + policy.decisionMargin().toHours()
                        + " h before the platform deadline: a person must look at it now");
            }
        } else if (c.goodsSafe()) {
            facts.put("fulfilment", c.fulfilment().name());
            c.decide(now, RuleIds.DL3, facts, List.of(PlatformAction.AGREE_REFUND.name()),
                    "Last resort before the platform deadline: the goods have not left, agree the refund");
            fx.send(decided(c));
            agree(c, RuleIds.DL3, now, fx);
        } else {
            escalate(c, now, fx, RuleIds.DL3, facts, "Last resort before the platform deadline and the goods are "
                    + "not known to be safe: refuse with evidence or agree now (automatic refusal comes with the "
                    + "shipped rules)", TaskPriority.TOP);
        }
        return fx;
    }

    /** When a case's timer is due under the given policy; null once the case needs no timer. */
    static Instant dueAtOf(RefundCase c, CaseTimer timer, ShopPolicy policy) {
        Instant lastResort = c.deadline().minus(policy.lastResortMargin());
        if (timer == CaseTimer.LAST_RESORT) {
            return lastResort;
        }
        // A request that arrives already inside the decision margin (a short platform deadline) gives the
        // automation a moment before a person is called, but never past the last resort.
        Instant escalation = c.deadline().minus(policy.decisionMargin());
        Instant afterGrace = c.requestedAt().plus(policy.automationGrace());
        return escalation.isBefore(afterGrace) ? min(afterGrace, lastResort) : escalation;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    // ---- shared steps -----------------------------------------------------------------------------------

    private void agree(RefundCase c, String ruleId, Instant now, Effects fx) {
        agree(c, ruleId, c.amountFen(), now, fx);
    }

    private void agree(RefundCase c, String ruleId, long wantedFen, Instant now, Effects fx) {
        long amount = Math.min(wantedFen, remainingFen());
        if (amount <= 0) {
            escalate(c, now, fx, RuleIds.G1_AMOUNT, facts(c), "Nothing left to refund on this order");
            return;
        }
        String actionKey = c.caseId() + ":" + PlatformAction.AGREE_REFUND + ":" + c.platformVersion();
        boolean partial = amount < c.amountFen();
        c.agreeing(actionKey, amount);
        c.note(now, "COMMAND", (partial ? "agree a partial refund of " : "agree the refund of ")
                + Money.yuan(amount) + " on the platform");
        fx.send(new AgreeRefund(order, c.caseId(), c.refundId(), amount, partial, c.platformVersion(), actionKey,
                ruleId));
    }

    private void escalate(RefundCase c, Instant now, Effects fx, String ruleId, Map<String, String> facts,
            String summary) {
        escalate(c, now, fx, ruleId, facts, summary, TaskPriority.HIGH);
    }

    private void escalate(RefundCase c, Instant now, Effects fx, String ruleId, Map<String, String> facts,
            String summary, TaskPriority priority) {
        c.decide(now, ruleId, facts, List.of("AGENT_TASK"), summary);
        fx.send(decided(c));
        c.escalate();
        fx.send(new CreateAgentTask(order, c.caseId(), c.caseId() + ":" + ruleId, ruleId, priority,
                c.deadline(), summary));
    }

    private void close(RefundCase c, CaseOutcome outcome, long refundedFen, String ruleId, Instant now,
            Effects fx) {
        c.close(outcome, refundedFen, now);
        c.note(now, "CLOSED", outcome + (refundedFen > 0 ? " " + Money.yuan(refundedFen) : ""));
        fx.send(new CaseClosed(order, c.caseId(), outcome, refundedFen, ruleId,
                Duration.between(c.requestedAt(), now).abs()));
        fx.timer(TimerRequest.cancel(c.caseId(), CaseTimer.ESCALATE));
        fx.timer(TimerRequest.cancel(c.caseId(), CaseTimer.LAST_RESORT));
    }

    private void scheduleDeadlineTimers(RefundCase c, ShopPolicy policy, Effects fx) {
        for (CaseTimer timer : CaseTimer.values()) {
            fx.timer(TimerRequest.schedule(c.caseId(), timer, dueAtOf(c, timer, policy)));
        }
    }

    private CaseDecided decided(RefundCase c) {
        Decision d = c.decisions().get(c.decisions().size() - 1);
        return new CaseDecided(order, c.caseId(), d.ruleId(), d.facts(), d.actions(), d.summary());
    }

    private static String lastRuleOf(RefundCase c) {
        var decisions = c.decisions();
        return decisions.isEmpty() ? "NONE" : decisions.get(decisions.size() - 1).ruleId();
    }

    private Map<String, String> facts(RefundCase c) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("type", c.type().name());
        facts.put("reason", c.reason().name());
        facts.put("amountFen", Long.toString(c.amountFen()));
        facts.put("paidFen", Long.toString(paidFen));
        facts.put("quantity", Integer.toString(c.quantity()));
        facts.put("deadline", c.deadline().toString());
        return facts;
    }

    private boolean otherCaseHoldsMoney(RefundCase c) {
        return cases.stream().anyMatch(other -> other != c
                && (other.state().isOpen() || other.refundedFen() > 0)
                && other.outcome() != CaseOutcome.CANCELLED_BY_BUYER);
    }

    /** G-1: what may still be refunded on the order: paid, less refunded, less agreed and in flight. */
    public long remainingFen() {
        return paidFen - cases.stream().mapToLong(RefundCase::committedFen).sum();
    }

    public Optional<RefundCase> findCase(String caseId) {
        return cases.stream().filter(c -> c.caseId().equals(caseId)).findFirst();
    }

    private Optional<RefundCase> openCase(String caseId) {
        return findCase(caseId).filter(c -> c.state().isOpen());
    }

    public OrderRef order() {
        return order;
    }

    public long paidFen() {
        return paidFen;
    }

    public int purchasedQuantity() {
        return purchasedQuantity;
    }

    public List<RefundCase> cases() {
        return List.copyOf(cases);
    }
}
