package com.refundpilot.logistics.domain;

/** What the courier answered to an intercept request. The intercept's result comes later, as tracking. */
public sealed interface InterceptAnswer {

    /** The courier took the request (202). */
    record Accepted() implements InterceptAnswer {
    }

    /**
     * The courier refused: a 409 with its {@code code} (e.g. {@code ALREADY_SIGNED}), or {@code UNKNOWN_PARCEL} /
     * {@code REQUEST_REJECTED} for a 404 / other 4xx.
     */
    record Refused(String code, String detail) implements InterceptAnswer {
    }

    /** No answer after the client's retries (unreachable, 5xx, circuit open). */
    record Unavailable(String detail) implements InterceptAnswer {
    }
}
