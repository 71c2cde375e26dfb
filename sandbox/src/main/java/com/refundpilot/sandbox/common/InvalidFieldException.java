package com.refundpilot.sandbox.common;

/** A request field that parsed but makes no sense (answered 400, naming the field). */
public class InvalidFieldException extends RuntimeException {

    private final String field;

    public InvalidFieldException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
