package com.refundpilot.contracts.vocabulary;

/** Terminal outcomes of a refund case (refund-sop-spec §2). */
public enum CaseOutcome {
    REFUNDED, REFUSED, CANCELLED_BY_BUYER, EXCHANGED, RESHIPPED, CLOSED_BY_PLATFORM, AUTO_REFUNDED_BY_PLATFORM
}
