package com.refundpilot.scenario.model;

/** Terminal outcome of a case (refund-sop-spec.md section 2),  or WAITING when the story ends before one. */
public enum Outcome {
    REFUNDED, REFUSED, CANCELLED_BY_BUYER, EXCHANGED, RESHIPPED, CLOSED_BY_PLATFORM, AUTO_REFUNDED_BY_PLATFORM, WAITING;
}
