package com.refundpilot.contracts.events;

import com.refundpilot.contracts.Require;
import com.refundpilot.contracts.envelope.CaseMessage;
import com.refundpilot.contracts.envelope.Event;
import com.refundpilot.contracts.vocabulary.OrderRef;
import java.time.Instant;

/**
 * The buyer filled in the return waybill. {@code deadline} is the merchant's deadline of the new stage (confirm
 * receipt), null when the platform names none.
 */
public record ReturnShipped(OrderRef order, String refundId, String carrier, String trackingNo, Instant deadline,
        long platformVersion, Instant shippedAt) implements Event, CaseMessage {

    public ReturnShipped {
        Require.present(order, "order");
        Require.text(refundId, "refundId");
        Require.text(trackingNo, "trackingNo");
        Require.present(shippedAt, "shippedAt");
    }

    @Override
    public String caseId() {
        return order.caseIdOf(refundId);
    }
}
