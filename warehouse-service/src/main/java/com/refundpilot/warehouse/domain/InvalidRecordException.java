package com.refundpilot.warehouse.domain;

/** Staff input that makes no sense for this return; {@code field} names what to fix. */
public class InvalidRecordException extends RuntimeException {

    private final String field;

    public InvalidRecordException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
