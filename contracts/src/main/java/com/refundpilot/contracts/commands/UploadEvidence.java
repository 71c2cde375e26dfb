package com.refundpilot.contracts.commands;

import com.refundpilot.contracts.Require;
import com.refundpilot.contracts.envelope.CaseMessage;
import com.refundpilot.contracts.envelope.Command;
import com.refundpilot.contracts.envelope.DeliveryDeadline;
import com.refundpilot.contracts.vocabulary.Evidence;
import com.refundpilot.contracts.vocabulary.OrderRef;
import java.util.List;
import java.time.Instant;

/**
 * CP-2: upload an evidence pack (举证) for a dispute about a refund or a complaint ({@code caseRef}: its ID)
 * before the platform's evidence deadline. Never empty. Once per {@code actionKey}.
 */
public record UploadEvidence(OrderRef order, String caseId, String caseRef, List<Evidence> evidence, String note,
        String actionKey, String ruleId, Instant deliverBy) implements Command, CaseMessage, DeliveryDeadline {

    public UploadEvidence {
        Require.present(order, "order");
        Require.text(caseId, "caseId");
        Require.text(caseRef, "caseRef");
        evidence = List.copyOf(Require.present(evidence, "evidence"));
        if (evidence.isEmpty()) {
            throw new IllegalArgumentException("evidence must not be empty: an evidence pack holds at least one file");
        }
        Require.text(actionKey, "actionKey");
        Require.text(ruleId, "ruleId");
    }

    /** Without a delivery bound (the shape before {@code deliverBy}). */
    public UploadEvidence(OrderRef order, String caseId, String caseRef, List<Evidence> evidence, String note,
            String actionKey, String ruleId) {
        this(order, caseId, caseRef, evidence, note, actionKey, ruleId, null);
    }
}
