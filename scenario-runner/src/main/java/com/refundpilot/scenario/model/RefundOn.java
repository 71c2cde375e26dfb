package com.refundpilot.scenario.model;

/** When RS-3 approves a refund after a successful intercept (policy.refundOn). */
public enum RefundOn {
    INTERCEPT_CONFIRMED, RETURN_RECEIVED;
}
