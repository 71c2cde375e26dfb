package com.refundpilot.scenario.model;

/** Type of an after-sales request (platform.type). */
public enum RequestType {
    REFUND_ONLY, RETURN_AND_REFUND, EXCHANGE, RESHIP;
}
