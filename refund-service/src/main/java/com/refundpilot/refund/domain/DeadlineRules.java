package com.refundpilot.refund.domain;

import com.refundpilot.contracts.vocabulary.PlatformAction;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * refund-sop-spec §10 and G-5: every waiting case has two persisted timers, DL-2 at the decision margin and DL-3
 * at the last resort; a deadline that moves (DL-1: a new stage, the platform's change) moves both.
 */
final class DeadlineRules {

    private DeadlineRules() {
    }

    /** When a case's timer is due under the given policy. */
    static Instant dueAtOf(RefundCase c, CaseTimer timer, ShopPolicy policy) {
        if (timer == CaseTimer.RETURN_REMINDER) {
            ReturnLeg leg = c.returnLegOrNull();
            return leg == null || leg.agreedAt() == null ? null : leg.agreedAt().plus(ReturnRules.REMIND_AFTER);
        }
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

    /**
     * DL-2 for an action the platform cannot take now (ADR 0009): the adapter retries it until this instant, then
     * reports it PLATFORM_UNAVAILABLE and a person takes over. While the decision margin is still ahead that is the
     * margin, where DL-2 would call a person anyway; inside it (a last-resort action) half of the last-resort
     * window is for delivering, the other half for the person. Null without a deadline.
     */
    static Instant deliverBy(Instant deadline, ShopPolicy policy, Instant now) {
        if (deadline == null) {
            return null;
        }
        Instant atMargin = deadline.minus(policy.decisionMargin());
        return atMargin.isAfter(now) ? atMargin : deadline.minus(policy.lastResortMargin().dividedBy(2));
    }

    /** DL-1: (re)sets both timers from the case's current deadline and records why they are where they are. */
    static void schedule(Handling h, String source) {
        RefundCase c = h.c;
        Map<String, String> facts = h.facts();
        Instant escalateAt = dueAtOf(c, CaseTimer.ESCALATE, h.policy);
        Instant lastResortAt = dueAtOf(c, CaseTimer.LAST_RESORT, h.policy);
        facts.put("deadlineSource", source);
        facts.put("escalateAt", escalateAt.toString());
        facts.put("lastResortAt", lastResortAt.toString());
        h.decide(RuleIds.DL1, facts, List.of("TIMER:" + CaseTimer.ESCALATE + "@" + escalateAt,
                "TIMER:" + CaseTimer.LAST_RESORT + "@" + lastResortAt),
                "Platform deadline " + c.deadline() + " (" + source + "): a person is called at the decision margin, "
                        + "the last resort acts " + h.policy.lastResortMargin().toHours() + " h before");
        h.fx.timer(TimerRequest.schedule(c.caseId(), CaseTimer.ESCALATE, escalateAt));
        h.fx.timer(TimerRequest.schedule(c.caseId(), CaseTimer.LAST_RESORT, lastResortAt));
    }

    /** DL-2: the decision margin. Some waiting states have their own rule there (RS-4, RS-7); else a person. */
    static void atDecisionMargin(Handling h) {
        RefundCase c = h.c;
        Map<String, String> facts = h.facts();
        facts.put("state", c.state().name());
        facts.put("timeLeft", Duration.between(h.now, c.deadline()).toString());
        if (ReturnRules.atDecisionMargin(h)) {
            return;
        }
        switch (c.state()) {
            case AWAITING_REASON_CHANGE -> ReasonRules.release(h, "the decision margin came without a new reason: "
                    + "the facts decide");
            case INTERCEPTING -> {
                if (c.interceptHeldFlag()) {
                    // refundOn RETURN_RECEIVED: the intercept holds, the parcel is on its way back; the last
                    // resort agrees if it is not back by then (goods safe), nobody needs to be called.
                    h.note("WAITING", "the intercept holds and the parcel is coming back: the last resort agrees");
                } else {
                    ShippedRules.interceptUnconfirmedAtMargin(h);
                }
            }
            case AWAITING_BUYER_CHOICE -> {
                h.decide(RuleIds.RS7, facts, List.of(PlatformAction.AGREE_REFUND.name()),
                        "The parcel is lost and the buyer chose nothing before the margin: refund it");
                h.agree(RuleIds.RS7);
            }
            default -> {
                if (!c.escalated()) {
                    h.escalate(RuleIds.DL2, facts, "No decision " + h.policy.decisionMargin().toHours()
                            + " h before the platform deadline: a person must look at it now");
                }
            }
        }
    }

    /**
     * DL-3: the last resort. A refusal kept for now (G-6) is made; goods that are safe (not shipped, intercepted
     * and confirmed, returned) or lost for good are refunded; otherwise the best evidence backs a refusal.
     * AUTO_REFUNDED_BY_PLATFORM must never happen to a case the system could see.
     */
    static void atLastResort(Handling h) {
        RefundCase c = h.c;
        Map<String, String> facts = h.facts();
        facts.put("state", c.state().name());
        facts.put("timeLeft", Duration.between(h.now, c.deadline()).toString());
        facts.put("goodsSafe", Boolean.toString(c.goodsSafe()));
        if (c.plannedRefusal() != null) {
            h.decide(RuleIds.DL3, facts, List.of(PlatformAction.REFUSE.name()), "Last resort: the buyer did not settle "
                    + "it, carry out the refusal kept for now (" + c.plannedRefusal().ruleId() + ")");
            h.refusePlanned(true);
        } else if (c.goodsSafe() || c.lost()) {
            if (c.fulfilment() != null) {
                facts.put("fulfilment", c.fulfilment().name());
            }
            h.decide(RuleIds.DL3, facts, List.of(PlatformAction.AGREE_REFUND.name()), c.lost()
                    ? "Last resort before the platform deadline: the parcel is lost, refund it"
                    : "Last resort before the platform deadline: the goods are safe, agree the refund");
            h.agree(RuleIds.DL3);
        } else {
            h.decide(RuleIds.DL3, facts, List.of(PlatformAction.REFUSE.name()), "Last resort before the platform "
                    + "deadline and the goods are not known to be safe: refuse with the best evidence");
            h.refuse(RuleIds.DL3, "GOODS_NOT_SAFE", refusalText(c), true);
        }
    }

    private static String refusalText(RefundCase c) {
        if (c.trackingNo() != null) {
            return "包裹仍在快递途中或已签收(" + c.trackingNo() + "),请拒收或申请退货退款,包裹退回后我们会立即为您退款";
        }
        return "订单已安排发货,请您拒收包裹,拒收后我们会及时为您退款";
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
