package com.refundpilot.sandbox.courier;

/** The courier vocabulary, shared by a parcel's status and the events that move it. */
public enum TrackingCode {
    COLLECTED,
    IN_TRANSIT,
    OUT_FOR_DELIVERY,
    SIGNED,
    REFUSED_BY_RECIPIENT,
    RETURNING,
    RETURNED_SIGNED,
    STALLED,
    LOST,
    MISROUTED,
    INTERCEPT_SUCCEEDED,
    INTERCEPT_FAILED;

    /** Too late to intercept: somebody signed for the parcel. */
    public boolean signed() {
        return this == SIGNED || this == RETURNED_SIGNED;
    }

    /** The parcel's status after this event: an intercepted parcel heads back, a failed intercept changes nothing. */
    public TrackingCode statusAfter(TrackingCode current) {
        return switch (this) {
            case INTERCEPT_SUCCEEDED -> RETURNING;
            case INTERCEPT_FAILED -> current;
            default -> this;
        };
    }

    /** Whether the event is a physical movement (a stall or a refused intercept is not). */
    public boolean movesParcel() {
        return this != STALLED && this != INTERCEPT_FAILED;
    }
}
