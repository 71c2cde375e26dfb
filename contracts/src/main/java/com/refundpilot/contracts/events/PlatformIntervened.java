package com.refundpilot.contracts.events;

import com.refundpilot.contracts.Require;
import com.refundpilot.contracts.envelope.CaseMessage;
import com.refundpilot.contracts.envelope.Event;
import com.refundpilot.contracts.vocabulary.OrderRef;
import java.time.Instant;

/**
 * Platform staff took over a dispute (小二介入) about a refund or a complaint ({@code caseRef}: the refund or
 * complaint ID). Evidence must be uploaded before {@code evidenceDeadline} (PDD 待举证).
 */
public record PlatformIntervened(OrderRef order, String caseRef, Instant evidenceDeadline, Instant intervenedAt)
        implements Event, CaseMessage {

    public PlatformIntervened {
        Require.present(order, "order");
        Require.text(caseRef, "caseRef");
        Require.present(evidenceDeadline, "evidenceDeadline");
        Require.present(intervenedAt, "intervenedAt");
    }

    @Override
    public String caseId() {
        return order.caseIdOf(caseRef);
    }
}
