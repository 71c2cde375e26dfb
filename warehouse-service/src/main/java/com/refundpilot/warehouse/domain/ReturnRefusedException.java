package com.refundpilot.warehouse.domain;

/** A well-formed staff record the return's state refuses ({@code code}: ALREADY_RECEIVED, ALREADY_INSPECTED). */
public class ReturnRefusedException extends RuntimeException {

    public static final String ALREADY_RECEIVED = "ALREADY_RECEIVED";
    public static final String ALREADY_INSPECTED = "ALREADY_INSPECTED";

    private final String code;

    public ReturnRefusedException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
