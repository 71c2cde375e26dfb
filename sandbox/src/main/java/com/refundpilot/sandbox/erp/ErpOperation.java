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
    SHIP_EXCHANGE("ship-exchange", "SHIP_EXCHANGE"),
    /** Wrong goods a buyer returned (not ours, or not this order's) sent back to the buyer (RR-7). */
    RETURN_WRONG_GOODS("return-wrong-goods", "RETURN_WRONG_GOODS");

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

    /**
     * Ships a new parcel to the buyer for an order that already shipped: goods again, or the wrong goods
     * they returned (the rest stop an order before it ships).
     */
    public boolean shipsAgain() {
        return this == RESHIP || this == SHIP_EXCHANGE || this == RETURN_WRONG_GOODS;
    }

    /** The new parcel's tracking number is {@code <orderId><suffix><n>}. */
    String trackingSuffix() {
        return switch (this) {
            case RESHIP -> "-RS";
            case SHIP_EXCHANGE -> "-EX";
            case RETURN_WRONG_GOODS -> "-RW";
            default -> throw new IllegalStateException(this + " ships nothing");
        };
    }

    public static Optional<ErpOperation> fromPath(String segment) {
        return Arrays.stream(values()).filter(op -> op.pathSegment.equals(segment)).findFirst();
    }

    public static String paths() {
        return String.join(", ", Arrays.stream(values()).map(op -> op.pathSegment).toList());
    }
}
