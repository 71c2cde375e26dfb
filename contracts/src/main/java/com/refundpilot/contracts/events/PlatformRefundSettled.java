package com.refundpilot.contracts.events;

import com.refundpilot.contracts.Require;
import com.refundpilot.contracts.envelope.CaseMessage;
import com.refundpilot.contracts.envelope.Event;
import com.refundpilot.contracts.vocabulary.OrderRef;
import java.time.Instant;

/**
 * The platform reports a request as finished: money paid out ({@code REFUNDED}) or closed without payment
 * ({@code CLOSED}). Seen without a merchant decision, a payment is an auto-refund by the platform.
 */
public record PlatformRefundSettled(
        OrderRef order,
        String refundId,
        Settlement settlement,
        long refundedFen,
        Instant settledAt) implements Event, CaseMessage {

    public enum Settlement { REFUNDED, CLOSED }

    public PlatformRefundSettled {
        Require.present(order, "order");
        Require.text(refundId, "refundId");
        Require.present(settlement, "settlement");
        Require.nonNegative(refundedFen, "refundedFen");
        Require.present(settledAt, "settledAt");
    }

    @Override
    public String caseId() {
        return order.caseIdOf(refundId);
    }
}
