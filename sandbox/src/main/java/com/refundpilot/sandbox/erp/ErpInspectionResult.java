package com.refundpilot.sandbox.erp;

/** What the warehouse found in a returned parcel, as the ERP records it. */
public enum ErpInspectionResult {
    MATCH, WRONG_ITEM, QUANTITY_SHORT, AFFECTS_RESALE, QUALITY_PROBLEM, DAMAGED_ON_ARRIVAL
}
