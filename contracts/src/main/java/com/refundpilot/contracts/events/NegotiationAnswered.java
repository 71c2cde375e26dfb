package com.refundpilot.contracts.events;

import com.refundpilot.contracts.Require;
import com.refundpilot.contracts.envelope.CaseMessage;
import com.refundpilot.contracts.envelope.Event;
import com.refundpilot.contracts.vocabulary.OrderRef;
import java.time.Instant;

/**
 * The buyer answered the merchant's negotiation (协商). {@code amountFen} is the amount the buyer accepted for a
 * partial-refund proposal, else null.
 */
public record NegotiationAnswered(OrderRef order, String refundId, boolean accepted, Long amountFen,
        long platformVersion, Instant answeredAt) implements Event, CaseMessage {

    public NegotiationAnswered {
        Require.present(order, "order");
        Require.text(refundId, "refundId");
        Require.present(answeredAt, "answeredAt");
    }

    @Override
    public String caseId() {
        return order.caseIdOf(refundId);
    }
}
