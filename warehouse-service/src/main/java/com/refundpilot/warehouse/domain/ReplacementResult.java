package com.refundpilot.warehouse.domain;

/** What the ERP answered to shipping goods again (reship / exchange shipment). */
public sealed interface ReplacementResult {

    /** The warehouse shipped it: the new parcel. */
    record Shipped(String carrier, String trackingNo) implements ReplacementResult {
    }

    /** Refused: the ERP's 409 {@code code}, or ORDER_NOT_FOUND / REQUEST_REJECTED for a 404 / other 4xx. */
    record Refused(String code, String detail) implements ReplacementResult {
    }

    /** No answer after the client's retries (unreachable, 5xx, circuit open). */
    record Unavailable(String detail) implements ReplacementResult {
    }
}
