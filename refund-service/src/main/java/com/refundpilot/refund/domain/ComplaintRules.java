package com.refundpilot.refund.domain;

import com.refundpilot.contracts.commands.AnswerComplaint;
import com.refundpilot.contracts.commands.CreateAgentTask;
import com.refundpilot.contracts.events.CaseDecided;
import com.refundpilot.contracts.vocabulary.ComplaintAnswer;
import com.refundpilot.contracts.vocabulary.Evidence;
import com.refundpilot.contracts.vocabulary.EvidenceKind;
import com.refundpilot.contracts.vocabulary.OrderRef;
import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.contracts.vocabulary.PlatformAction;
import com.refundpilot.contracts.vocabulary.TaskPriority;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * refund-sop-spec §9, CP-1 and CP-3 (seed 000: 未按约定时间发货 → 查看订单是否超时): every complaint is a task at top
 * priority with its deadline; a late-shipment complaint compares the promised ship time with the actual one and
 * is accepted with the platform's compensation when overdue, rejected with the ERP's ship record when not.
 */
final class ComplaintRules {

    /** How long before the complaint's deadline an answer the platform could not take goes to a person. */
    static final Duration COMPLAINT_ANSWER_MARGIN = Duration.ofHours(2);

    private ComplaintRules() {
    }

    /** The late-shipment compensation of a platform (延迟发货赔付): a share of the paid amount, within bounds. */
    record LateShipmentCompensation(int percent, long minFen, long maxFen) {

        /**
         * Taobao/Tmall's published rule as the seeds' merchants apply it: 30 % of what was paid, at least 5.00 and
         * at most 500.00 CNY. Other platforms' rules are not confirmed here: the same numbers until they are
         * (verify before trusting).
         */
        static LateShipmentCompensation of(Platform platform) {
            return new LateShipmentCompensation(30, 500, 50_000);
        }

        long forPaid(Long paidFen) {
            if (paidFen == null || paidFen <= 0) {
                return minFen;
            }
            return Math.max(minFen, Math.min(maxFen, Math.round(paidFen * percent / 100.0)));
        }
    }

    static void filed(OrderRef order, ComplaintCase c, Long paidFen, Instant now, Effects fx) {
        Map<String, String> facts = facts(c);
        String summary = "Complaint (" + c.kind() + "): a person looks at it at top priority before " + c.deadline();
        decide(order, c, now, fx, RuleIds.CP3, facts, List.of("AGENT_TASK:TOP"), summary);
        fx.send(new CreateAgentTask(order, c.caseId(), c.caseId() + ":" + RuleIds.CP3, RuleIds.CP3, TaskPriority.TOP,
                c.deadline(), summary));
        if (!"LATE_SHIPMENT".equals(c.kind())) {
            return;
        }
        if (c.promisedShipBy() == null) {
            decide(order, c, now, fx, RuleIds.CP1, facts, List.of("AGENT_TASK"),
                    "Late-shipment complaint without the promised ship time: the person compares it with the order");
            return;
        }
        Instant shipped = c.shippedAt();
        boolean overdue = shipped == null ? now.isAfter(c.promisedShipBy()) : shipped.isAfter(c.promisedShipBy());
        facts.put("overdue", Boolean.toString(overdue));
        if (overdue) {
            long compensation = LateShipmentCompensation.of(order.platform()).forPaid(paidFen);
            facts.put("paidFen", paidFen == null ? "unknown" : Long.toString(paidFen));
            facts.put("compensationFen", Long.toString(compensation));
            decide(order, c, now, fx, RuleIds.CP1, facts, List.of(PlatformAction.ACCEPT_COMPLAINT.name(),
                    PlatformAction.COMPENSATE + ":" + compensation), "Shipped after the promised time: accept the "
                    + "complaint and compensate " + Money.yuan(compensation) + " per the platform's rule");
            answer(order, c, ComplaintAnswer.ACCEPT, compensation, List.of(), "延迟发货,按平台规则赔付"
                    + Money.yuan(compensation) + "元,非常抱歉", fx);
        } else {
            List<Evidence> evidence = List.of(new Evidence(EvidenceKind.ERP_RECORD, "erp:" + order.orderId()
                    + " shipped " + (shipped == null ? "-" : shipped) + ", promised by " + c.promisedShipBy()));
            decide(order, c, now, fx, RuleIds.CP1, facts, List.of(PlatformAction.REJECT_COMPLAINT.name()),
                    "Shipped within the promised time: reject the complaint with the ERP's ship record");
            answer(order, c, ComplaintAnswer.REJECT, 0, evidence, "订单已在承诺时间内发货,附ERP发货记录", fx);
        }
    }

    private static void answer(OrderRef order, ComplaintCase c, ComplaintAnswer answer, long compensationFen,
            List<Evidence> evidence, String note, Effects fx) {
        String actionKey = c.caseId() + ":" + (answer == ComplaintAnswer.ACCEPT ? PlatformAction.ACCEPT_COMPLAINT
                : PlatformAction.REJECT_COMPLAINT);
        c.answering(actionKey, RuleIds.CP1, compensationFen);
        // Complaints have no shop policy: the default last-resort margin is left for a person to answer by hand.
        Instant deliverBy = c.deadline() == null ? null : c.deadline().minus(COMPLAINT_ANSWER_MARGIN);
        fx.send(new AnswerComplaint(order, c.caseId(), c.complaintId(), answer, compensationFen, evidence, note,
                actionKey, RuleIds.CP1, deliverBy));
    }

    /** CP-2 on a complaint: the platform took it over; the rejection's evidence goes up, the verdict decides. */
    static void intervened(OrderRef order, ComplaintCase c, Instant evidenceDeadline, Instant now, Effects fx) {
        Map<String, String> facts = facts(c);
        facts.put("evidenceDeadline", evidenceDeadline.toString());
        String summary = "The platform intervened in the complaint; evidence is due by " + evidenceDeadline
                + ": a person prepares it at top priority";
        decide(order, c, now, fx, RuleIds.CP2, facts, List.of("AGENT_TASK:TOP"), summary);
        fx.send(new CreateAgentTask(order, c.caseId(), c.caseId() + ":" + RuleIds.CP2, RuleIds.CP2, TaskPriority.TOP,
                evidenceDeadline, summary));
    }

    private static void decide(OrderRef order, ComplaintCase c, Instant now, Effects fx, String ruleId,
            Map<String, String> facts, List<String> actions, String summary) {
        c.decide(now, ruleId, facts, actions, summary);
        fx.send(new CaseDecided(order, c.caseId(), ruleId, facts, actions, summary));
    }

    private static Map<String, String> facts(ComplaintCase c) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("kind", c.kind());
        facts.put("deadline", c.deadline().toString());
        if (c.promisedShipBy() != null) {
            facts.put("promisedShipBy", c.promisedShipBy().toString());
        }
        if (c.shippedAt() != null) {
            facts.put("shippedAt", c.shippedAt().toString());
        }
        return facts;
    }
}
