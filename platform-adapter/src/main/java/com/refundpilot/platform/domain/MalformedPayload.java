package com.refundpilot.platform.domain;

/** A platform payload that cannot be read: {@code field} names the first offending field (dotted path). */
public final class MalformedPayload extends RuntimeException {

    private final String field;

    public MalformedPayload(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
