package com.refundpilot.contracts.vocabulary;

/** Canonical courier tracking states and events (scenarios.md vocabulary). */
public enum TrackingStatus {
    COLLECTED, IN_TRANSIT, OUT_FOR_DELIVERY, SIGNED, REFUSED_BY_RECIPIENT, RETURNING, RETURNED_SIGNED,
    STALLED, LOST, MISROUTED, INTERCEPT_SUCCEEDED, INTERCEPT_FAILED
}
