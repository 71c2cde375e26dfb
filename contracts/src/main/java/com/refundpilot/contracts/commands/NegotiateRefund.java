package com.refundpilot.contracts.commands;

import com.refundpilot.contracts.Require;
import com.refundpilot.contracts.envelope.CaseMessage;
import com.refundpilot.contracts.envelope.Command;
import com.refundpilot.contracts.envelope.DeliveryDeadline;
import com.refundpilot.contracts.vocabulary.NegotiationKind;
import com.refundpilot.contracts.vocabulary.OrderRef;
import java.time.Instant;

/**
 * Propose something to the buyer through the platform's negotiation (协商). {@code amountFen} is the proposed
 * refund for {@link NegotiationKind#PARTIAL_REFUND}, else null. Sent at most once per {@code actionKey}.
 */
public record NegotiateRefund(OrderRef order, String caseId, String refundId, NegotiationKind kind, Long amountFen,
        String message, long platformVersion, String actionKey, String ruleId, Instant deliverBy)
        implements Command, CaseMessage, DeliveryDeadline {

    public NegotiateRefund {
        Require.present(order, "order");
        Require.text(caseId, "caseId");
        Require.text(refundId, "refundId");
        Require.present(kind, "kind");
        if (kind == NegotiationKind.PARTIAL_REFUND && (amountFen == null || amountFen < 1)) {
            throw new IllegalArgumentException("amountFen must be at least 1 for a partial refund proposal");
        }
        Require.text(message, "message");
        Require.text(actionKey, "actionKey");
        Require.text(ruleId, "ruleId");
    }

    /** Without a delivery bound (the shape before {@code deliverBy}). */
    public NegotiateRefund(OrderRef order, String caseId, String refundId, NegotiationKind kind, Long amountFen,
            String message, long platformVersion, String actionKey, String ruleId) {
        this(order, caseId, refundId, kind, amountFen, message, platformVersion, actionKey, ruleId, null);
    }
}
