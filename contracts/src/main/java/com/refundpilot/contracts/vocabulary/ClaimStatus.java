package com.refundpilot.contracts.vocabulary;

/** A courier claim's lifecycle (refund-sop-spec §8): finance approves, the courier decides. */
public enum ClaimStatus {
    DRAFT, APPROVED, SUBMITTED, COMPENSATED, REJECTED;

    public boolean settled() {
        return this == COMPENSATED || this == REJECTED;
    }
}
