package com.refundpilot.sandbox.platform.taobao;

/** Where a complaint stands: waiting for the merchant's answer, answered, or decided by platform staff. */
public enum ComplaintStatus {
    WAIT_SELLER_HANDLE, SELLER_ACCEPTED, SELLER_REJECTED, CLOSED
}
