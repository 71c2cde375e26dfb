package com.refundpilot.contracts.events;

import com.refundpilot.contracts.Require;
import com.refundpilot.contracts.envelope.CaseMessage;
import com.refundpilot.contracts.envelope.Event;
import com.refundpilot.contracts.vocabulary.OrderRef;
import java.time.Instant;

/** The platform decided a dispute ({@code caseRef}: refund or complaint ID), for the merchant or the buyer. */
public record PlatformVerdict(OrderRef order, String caseRef, boolean forMerchant, Instant decidedAt)
        implements Event, CaseMessage {

    public PlatformVerdict {
        Require.present(order, "order");
        Require.text(caseRef, "caseRef");
        Require.present(decidedAt, "decidedAt");
    }

    @Override
    public String caseId() {
        return order.caseIdOf(caseRef);
    }
}
