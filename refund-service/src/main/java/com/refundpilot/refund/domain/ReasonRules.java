package com.refundpilot.refund.domain;

import com.refundpilot.contracts.vocabulary.BuyerMessageTemplate;
import com.refundpilot.contracts.vocabulary.NegotiationKind;
import com.refundpilot.contracts.vocabulary.RefundReason;
import com.refundpilot.contracts.vocabulary.TaskPriority;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * refund-sop-spec §11, RP-1 and RP-2 (seed 001): reasons that count against the store (与描述不符, 质量问题) and
 * invoice requests are not agreed as they stand: the buyer is asked to change the reason (or, for an invoice, what
 * invoice they need), a person gets the task, and the agree waits — until the reason changes, or the decision
 * margin comes (then the facts decide), or the facts themselves support the reason (a confirmed quality problem).
 */
final class ReasonRules {

    private static final Set<RefundReason> COUNT_AGAINST_THE_STORE = Set.of(RefundReason.NOT_AS_DESCRIBED,
            RefundReason.QUALITY);

    /** Rules whose agree says nothing about the buyer's reason being right; people and the last resort never wait. */
    private static final Set<String> AGREES_WITHOUT_CHECKING_THE_REASON = Set.of(RuleIds.NS1, RuleIds.NS2,
            RuleIds.NS3, RuleIds.NS7, RuleIds.RS1, RuleIds.RS3, RuleIds.RS5, RuleIds.RR4, RuleIds.RR6, RuleIds.RR17);

    private ReasonRules() {
    }

    static boolean holdsTheAgree(Handling h, String ruleId) {
        RefundCase c = h.c;
        return !reasonNowAcceptable(c.reason())
                && AGREES_WITHOUT_CHECKING_THE_REASON.contains(ruleId)
                && h.now.isBefore(DeadlineRules.dueAtOf(c, CaseTimer.ESCALATE, h.policy));
    }

    static void hold(Handling h, String ruleId, long amountFen) {
        RefundCase c = h.c;
        boolean invoice = c.reason() == RefundReason.INVOICE;
        String rule = invoice ? RuleIds.RP2 : RuleIds.RP1;
        Map<String, String> facts = h.facts();
        facts.put("heldRule", ruleId);
        facts.put("heldFen", Long.toString(amountFen));
        String summary = invoice
                ? "发票问题: ask whether the buyer needs an invoice (title person or company); a person issues it or "
                        + "asks to change the reason; the refund (" + ruleId + ") waits"
                : "The reason " + c.reason() + " counts against the store and the facts do not show it: ask the buyer "
                        + "to change it (协商一致); the refund (" + ruleId + ") waits until then or the margin";
        h.decide(rule, facts, List.of("HOLD:" + ruleId, "BUYER_MESSAGE:" + (invoice ? BuyerMessageTemplate.INVOICE_QUESTION
                : BuyerMessageTemplate.REASON_CHANGE_REQUEST), "AGENT_TASK"), summary);
        c.holdAgree(new PlannedAgree(ruleId, amountFen));
        h.notify(invoice ? BuyerMessageTemplate.INVOICE_QUESTION : BuyerMessageTemplate.REASON_CHANGE_REQUEST,
                Map.of(), rule);
        h.task(rule, TaskPriority.NORMAL, invoice ? "开票: 确认买家是否需要发票(个人/公司抬头),需要则登记开票,否则请买家修改退款原因"
                : "联系买家修改退款原因为与事实相符的原因(协商一致)");
        if (!invoice) {
            h.negotiate(NegotiationKind.CHANGE_REASON, null, "请将退款原因修改为与实际情况相符的原因,修改后立即为您退款", rule);
        }
        h.moveTo(CaseState.AWAITING_REASON_CHANGE);
    }

    /** The reason changed, the negotiation was accepted, or the margin came: the held agree goes out. */
    static void release(Handling h, String why) {
        RefundCase c = h.c;
        PlannedAgree held = c.heldAgree();
        if (held == null || c.state() != CaseState.AWAITING_REASON_CHANGE) {
            return;
        }
        c.holdAgree(null);
        Map<String, String> facts = h.facts();
        facts.put("released", why);
        h.decide(held.ruleId(), facts, List.of(com.refundpilot.contracts.vocabulary.PlatformAction.AGREE_REFUND.name()),
                "The held refund goes out: " + why);
        h.agreeNow(held.ruleId(), held.amountFen());
    }

    static boolean reasonNowAcceptable(RefundReason reason) {
        return !COUNT_AGAINST_THE_STORE.contains(reason) && reason != RefundReason.INVOICE;
    }
}
