package com.refundpilot.scenario.model;

/** Normalized refund reason (refund-sop-spec.md section 2; platform.reason). */
public enum Reason {
    NO_REASON_7D, NOT_AS_DESCRIBED, QUALITY, DAMAGED, NOT_RECEIVED, MISSING_ITEM, WRONG_ITEM_SENT, SHIPPING_FEE, INVOICE, OUT_OF_STOCK, LATE_SHIPMENT, ORDERED_BY_MISTAKE, NOT_WANTED, OTHER;
}
