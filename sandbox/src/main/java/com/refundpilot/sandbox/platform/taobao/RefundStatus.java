package com.refundpilot.sandbox.platform.taobao;

/** The subset of Taobao refund statuses the sandbox platform moves through. */
public enum RefundStatus {
    WAIT_SELLER_AGREE,
    SUCCESS,
    CLOSED
}
