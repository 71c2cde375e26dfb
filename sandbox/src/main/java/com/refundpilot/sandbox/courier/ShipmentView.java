package com.refundpilot.sandbox.courier;

import java.time.Instant;

/** The parcel as the courier's open API shows it. */
public record ShipmentView(
        String trackingNo,
        String carrier,
        TrackingCode status,
        Instant lastMovementAt,
        String province,
        String city,
        boolean interceptRequested) {
}
