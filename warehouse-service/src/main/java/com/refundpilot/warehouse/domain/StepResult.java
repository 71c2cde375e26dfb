package com.refundpilot.warehouse.domain;

/** What the ERP answered to one operation of a stop sequence. */
public sealed interface StepResult {

    /** Done (200); {@code order} is the order afterwards, or null when the answer could not be read. */
    record Done(ErpOrderSnapshot order) implements StepResult {
    }

    /**
     * Refused: a 409 with the ERP's {@code code} (ALREADY_SHIPPED carries the real carrier and tracking
     * number), or {@code ORDER_NOT_FOUND} / {@code REQUEST_REJECTED} for a 404 / other 4xx.
     */
    record Refused(String code, String detail, String carrier, String trackingNo) implements StepResult {
    }

    /** No answer after the client's retries (unreachable, 5xx, circuit open). */
    record Unavailable(String detail) implements StepResult {
    }
}
