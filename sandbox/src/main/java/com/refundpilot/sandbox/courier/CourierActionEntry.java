package com.refundpilot.sandbox.courier;

import java.time.Instant;

/** One request the courier received from the merchant, accepted or refused (error is the refusal code). */
public record CourierActionEntry(String action, Instant at, String requestId, boolean ok, String error,
        String reason) {

    public static final String INTERCEPT = "INTERCEPT";
}
