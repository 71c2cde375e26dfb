package com.refundpilot.contracts.events;

import com.refundpilot.contracts.Require;
import com.refundpilot.contracts.envelope.CaseMessage;
import com.refundpilot.contracts.envelope.Event;
import com.refundpilot.contracts.vocabulary.OrderRef;
import com.refundpilot.contracts.vocabulary.RefundReason;
import com.refundpilot.contracts.vocabulary.RefundType;
import java.time.Instant;

/**
 * The buyer changed the request (new type, reason or amount), or re-applied after a refusal: the request
 * waits on the merchant again with a new version and deadline.
 */
public record RefundModified(
        OrderRef order,
        String refundId,
        RefundType type,
        RefundReason reason,
        String platformReason,
        long amountFen,
        int quantity,
        Instant deadline,
        long platformVersion,
        Instant modifiedAt) implements Event, CaseMessage {

    public RefundModified {
        Require.present(order, "order");
        Require.text(refundId, "refundId");
        Require.present(type, "type");
        Require.present(reason, "reason");
        Require.nonNegative(amountFen, "amountFen");
        Require.positive(quantity, "quantity");
        Require.present(deadline, "deadline");
        Require.present(modifiedAt, "modifiedAt");
    }

    @Override
    public String caseId() {
        return order.caseIdOf(refundId);
    }
}
