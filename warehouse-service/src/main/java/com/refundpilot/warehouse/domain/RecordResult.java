package com.refundpilot.warehouse.domain;

/** What the ERP answered to recording a return's arrival or inspection, or a parcel weight. */
public sealed interface RecordResult {

    String RECORDED = "RECORDED";

    /** How the record keeps the answer: {@code RECORDED}, or the refusal code. */
    String outcome();

    record Recorded() implements RecordResult {
        @Override
        public String outcome() {
            return RECORDED;
        }
    }

    /** The ERP's 409 {@code code} (e.g. ALREADY_RECEIVED), or ORDER_NOT_FOUND / REQUEST_REJECTED. */
    record Refused(String code, String detail) implements RecordResult {
        @Override
        public String outcome() {
            return code;
        }
    }

    /** No answer after the client's retries (unreachable, 5xx, circuit open). */
    record Unavailable(String detail) implements RecordResult {
        @Override
        public String outcome() {
            return StopSequence.ERP_UNAVAILABLE;
        }
    }
}
