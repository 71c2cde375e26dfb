package com.refundpilot.contracts.events;

import com.refundpilot.contracts.Require;
import com.refundpilot.contracts.envelope.CaseMessage;
import com.refundpilot.contracts.envelope.Event;
import com.refundpilot.contracts.vocabulary.OrderRef;
import com.refundpilot.contracts.vocabulary.RefundReason;
import com.refundpilot.contracts.vocabulary.RefundType;
import java.time.Instant;

/** refund-service opened a case for a platform request; {@code sku} (added later) may be null. */
public record CaseOpened(OrderRef order, String caseId, String refundId, RefundType type, RefundReason reason,
        long amountFen, Instant deadline, String sku) implements Event, CaseMessage {

    /** The first version's fields only. */
    public CaseOpened(OrderRef order, String caseId, String refundId, RefundType type, RefundReason reason,
            long amountFen, Instant deadline) {
        this(order, caseId, refundId, type, reason, amountFen, deadline, null);
    }

    public CaseOpened {
        Require.present(order, "order");
        Require.text(caseId, "caseId");
        Require.text(refundId, "refundId");
        Require.present(type, "type");
        Require.present(reason, "reason");
        Require.nonNegative(amountFen, "amountFen");
        Require.present(deadline, "deadline");
    }
}
