package com.refundpilot.sandbox.erp;

/** Why the ERP refused an operation; the {@code code} of the 409 problem. */
public enum ErpRefusal {
    ALREADY_SHIPPED,
    INVALID_STATE,
    VOID_FAILED,
    FORCE_SHIP,
    ALREADY_CANCELLED,
    /** The morning batch printed the waybill: the order can no longer be cancelled or un-audited as it is. */
    LABEL_PRINTED,
    /** A return parcel's arrival was already recorded. */
    ALREADY_RECEIVED,
    /** A return parcel was already inspected. */
    ALREADY_INSPECTED
}
