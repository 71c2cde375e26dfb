package com.refundpilot.contracts.commands;

import com.refundpilot.contracts.Require;
import com.refundpilot.contracts.envelope.CaseMessage;
import com.refundpilot.contracts.envelope.Command;
import com.refundpilot.contracts.envelope.DeliveryDeadline;
import com.refundpilot.contracts.vocabulary.ComplaintAnswer;
import com.refundpilot.contracts.vocabulary.Evidence;
import com.refundpilot.contracts.vocabulary.OrderRef;
import java.util.List;
import java.time.Instant;

/**
 * CP-1: answer a complaint: ACCEPT (with {@code compensationFen} paid per the platform's rule, 0 for none) or
 * REJECT (with evidence). Once per {@code actionKey}.
 */
public record AnswerComplaint(OrderRef order, String caseId, String complaintId, ComplaintAnswer answer,
        long compensationFen, List<Evidence> evidence, String note, String actionKey, String ruleId, Instant deliverBy)
        implements Command, CaseMessage, DeliveryDeadline {

    public AnswerComplaint {
        Require.present(order, "order");
        Require.text(caseId, "caseId");
        Require.text(complaintId, "complaintId");
        Require.present(answer, "answer");
        Require.nonNegative(compensationFen, "compensationFen");
        evidence = List.copyOf(Require.present(evidence, "evidence"));
        if (answer == ComplaintAnswer.REJECT && evidence.isEmpty()) {
            throw new IllegalArgumentException("a rejected complaint carries evidence");
        }
        Require.text(actionKey, "actionKey");
        Require.text(ruleId, "ruleId");
    }

    /** Without a delivery bound (the shape before {@code deliverBy}). */
    public AnswerComplaint(OrderRef order, String caseId, String complaintId, ComplaintAnswer answer,
            long compensationFen, List<Evidence> evidence, String note, String actionKey, String ruleId) {
        this(order, caseId, complaintId, answer, compensationFen, evidence, note, actionKey, ruleId, null);
    }
}
