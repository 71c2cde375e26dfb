package com.refundpilot.platform.domain.generic;

import java.time.Instant;

/** A 协商 proposal and the buyer's answer; {@code status} PENDING | ACCEPTED | REJECTED | LAPSED. */
public record GenericNegotiation(String negotiationId, String kind, Long amountFen, String status, Long acceptedFen,
        long proposedAtVersion, Instant answeredAt) {

    public boolean accepted() {
        return "ACCEPTED".equals(status);
    }

    public boolean answered() {
        return accepted() || "REJECTED".equals(status);
    }
}
