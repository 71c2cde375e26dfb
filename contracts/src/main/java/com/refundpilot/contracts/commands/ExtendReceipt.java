package com.refundpilot.contracts.commands;

import com.refundpilot.contracts.Require;
import com.refundpilot.contracts.envelope.CaseMessage;
import com.refundpilot.contracts.envelope.Command;
import com.refundpilot.contracts.envelope.DeliveryDeadline;
import com.refundpilot.contracts.vocabulary.OrderRef;
import java.time.Duration;
import java.time.Instant;

/** RR-16: extend the merchant's time to confirm the return's receipt (延长收货时间) where the platform offers it. */
public record ExtendReceipt(OrderRef order, String caseId, String refundId, Duration extension, long platformVersion,
        String actionKey, String ruleId, Instant deliverBy) implements Command, CaseMessage, DeliveryDeadline {

    public ExtendReceipt {
        Require.present(order, "order");
        Require.text(caseId, "caseId");
        Require.text(refundId, "refundId");
        Require.present(extension, "extension");
        if (extension.isNegative() || extension.isZero()) {
            throw new IllegalArgumentException("extension must be positive, was " + extension);
        }
        Require.text(actionKey, "actionKey");
        Require.text(ruleId, "ruleId");
    }

    /** Without a delivery bound (the shape before {@code deliverBy}). */
    public ExtendReceipt(OrderRef order, String caseId, String refundId, Duration extension, long platformVersion,
            String actionKey, String ruleId) {
        this(order, caseId, refundId, extension, platformVersion, actionKey, ruleId, null);
    }
}
