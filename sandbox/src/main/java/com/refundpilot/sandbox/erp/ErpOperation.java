package com.refundpilot.sandbox.erp;

import java.util.Arrays;
import java.util.Optional;

/** The operations the ERP's open API offers, by URL segment, and how the action log names them. */
public enum ErpOperation {
    CANCEL("cancel", "CANCEL_ORDER"),
    UNAUDIT("unaudit", "UNAUDIT"),
    INTERCEPT("intercept", "INTERCEPT_IN_WAREHOUSE"),
    VOID("void", "VOID"),
    FLAG("flag", "FLAG_ORDER"),
    RESHIP("reship", "RESHIP"),
    SHIP_EXCHANGE("ship-exchange", "SHIP_EXCHANGE");

    private final String pathSegment;
    private final String recordedAs;

    ErpOperation(String pathSegment, String recordedAs) {
        this.pathSegment = pathSegment;
        this.recordedAs = recordedAs;
    }

    public String recordedAs() {
        return recordedAs;
    }

    public String pathSegment() {
        return pathSegment;
    }

    /** Ships a new parcel for an order that already shipped (the rest stop an order before it ships). */
    public boolean shipsAgain() {
        return this == RESHIP || this == SHIP_EXCHANGE;
    }

    public static Optional<ErpOperation> fromPath(String segment) {
        return Arrays.stream(values()).filter(op -> op.pathSegment.equals(segment)).findFirst();
    }

    public static String paths() {
        return String.join(", ", Arrays.stream(values()).map(op -> op.pathSegment).toList());
    }
}
