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
 * Refuse a request on the platform with a reason and evidence (G-6: never a bare refusal). {@code reasonCode}
 * is a stable code the adapter maps to the platform's reason ID; {@code reasonText} is what the buyer reads.
 * Sent at most once per {@code actionKey} ({@code caseId:REFUSE:version}).
 */
public record RefuseRefund(OrderRef order, String caseId, String refundId, String reasonCode, String reasonText,
        List<Evidence> evidence, long platformVersion, String actionKey, String ruleId, Instant deliverBy)
        implements Command, CaseMessage, DeliveryDeadline {

    public RefuseRefund {
        Require.present(order, "order");
        Require.text(caseId, "caseId");
        Require.text(refundId, "refundId");
        Require.text(reasonCode, "reasonCode");
        Require.text(reasonText, "reasonText");
        evidence = List.copyOf(Require.present(evidence, "evidence"));
        if (evidence.isEmpty()) {
            throw new IllegalArgumentException("evidence must not be empty: a refusal carries proof (G-6)");
        }
        Require.text(actionKey, "actionKey");
        Require.text(ruleId, "ruleId");
    }

    /** Without a delivery bound (the shape before {@code deliverBy}). */
    public RefuseRefund(OrderRef order, String caseId, String refundId, String reasonCode, String reasonText,
            List<Evidence> evidence, long platformVersion, String actionKey, String ruleId) {
        this(order, caseId, refundId, reasonCode, reasonText, evidence, platformVersion, actionKey, ruleId, null);
    }
}
