package com.refundpilot.sandbox.common;

/** A well-formed request the current state refuses (answered 409 with a machine-readable code). */
public class ConflictException extends RuntimeException {

    private final String code;

    public ConflictException(String code, String detail) {
        super(detail);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
