package com.refundpilot.contracts.vocabulary;

/** Normalized after-sales reasons (refund-sop-spec §2). Unknown platform reasons map to OTHER. */
public enum RefundReason {
    NO_REASON_7D, NOT_AS_DESCRIBED, QUALITY, DAMAGED, NOT_RECEIVED, MISSING_ITEM, WRONG_ITEM_SENT,
    SHIPPING_FEE, INVOICE, OUT_OF_STOCK, LATE_SHIPMENT, ORDERED_BY_MISTAKE, NOT_WANTED, OTHER
}
