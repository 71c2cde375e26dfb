package com.refundpilot.sandbox.platform.taobao;

/** What a buyer complains about (投诉). */
public enum ComplaintKind {
    LATE_SHIPMENT, SERVICE, OTHER
}
