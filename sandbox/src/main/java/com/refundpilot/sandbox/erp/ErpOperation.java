package com.refundpilot.sandbox.erp;

import java.util.Arrays;
import java.util.Optional;

/** The operations the ERP's open API offers, by URL segment, and how the action log names them. */
public enum ErpOperation {
    CANCEL("cancel", "CANCEL_ORDER"),
    UNAUDIT("unaudit", "UNAUDIT"),
    INTERCEPT("intercept", "INTERCEPT_IN_WAREHOUSE"),
    VOID("void", "VOID"),
    FLAG("flag", "FLAG_ORDER");

    private final String pathSegment;
    private final String recordedAs;

    ErpOperation(String pathSegment, String recordedAs) {
        this.pathSegment = pathSegment;
        this.recordedAs = recordedAs;
    }

    public String recordedAs() {
        return recordedAs;
    }

    public static Optional<ErpOperation> fromPath(String segment) {
        return Arrays.stream(values()).filter(op -> op.pathSegment.equals(segment)).findFirst();
    }
}
