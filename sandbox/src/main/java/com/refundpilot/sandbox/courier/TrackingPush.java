package com.refundpilot.sandbox.courier;

import java.time.Instant;

/** The tracking push body the logistics-service receives. */
public record TrackingPush(String trackingNo, String carrier, TrackingCode event, Instant at, String province,
        String city) {
}
