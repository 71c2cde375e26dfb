package com.refundpilot.scenario.model;

/** Kind of a COMPLAINT_FILED step (platform.kind). */
public enum ComplaintKind {
    LATE_SHIPMENT, SERVICE, OTHER;
}
