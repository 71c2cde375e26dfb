package com.refundpilot.refund.domain;

/** RS-3 policy: agree a high-value shipped refund when the intercept is confirmed, or only once the parcel is back. */
public enum RefundOn {
    INTERCEPT_CONFIRMED, RETURN_RECEIVED
}
