package com.refundpilot.contracts.commands;

import com.refundpilot.contracts.Require;
import com.refundpilot.contracts.envelope.CaseMessage;
import com.refundpilot.contracts.envelope.Command;
import com.refundpilot.contracts.envelope.DeliveryDeadline;
import com.refundpilot.contracts.vocabulary.OrderRef;
import java.time.Instant;

/**
 * Agree a refund on the platform. {@code actionKey} ({@code platform:shop:refundId:AGREE_REFUND:version}) is
 * the natural idempotency key: platform-adapter sends one platform call per key, ever (G-4).
 * {@code partial} is true when {@code amountFen} is below what the buyer asked for.
 */
public record AgreeRefund(OrderRef order, String caseId, String refundId, long amountFen, boolean partial,
        long platformVersion, String actionKey, String ruleId, Instant deliverBy)
        implements Command, CaseMessage, DeliveryDeadline {

    public AgreeRefund {
        Require.present(order, "order");
        Require.text(caseId, "caseId");
        Require.text(refundId, "refundId");
        if (amountFen < 1) {
            throw new IllegalArgumentException("amountFen must be at least 1, was " + amountFen);
        }
        Require.text(actionKey, "actionKey");
        Require.text(ruleId, "ruleId");
    }

    /** Without a delivery bound (the shape before {@code deliverBy}). */
    public AgreeRefund(OrderRef order, String caseId, String refundId, long amountFen, boolean partial,
            long platformVersion, String actionKey, String ruleId) {
        this(order, caseId, refundId, amountFen, partial, platformVersion, actionKey, ruleId, null);
    }
}
