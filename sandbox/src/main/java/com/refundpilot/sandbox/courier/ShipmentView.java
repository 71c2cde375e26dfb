package com.refundpilot.sandbox.courier;

import java.time.Instant;

/**
 * The parcel as the courier's open API shows it ({@code destination} null when the courier was not told;
 * {@code collectedAt} its first scan).
 */
public record ShipmentView(
        String trackingNo,
        String carrier,
        TrackingCode status,
        Instant lastMovementAt,
        String province,
        String city,
        ShipmentDestination destination,
        boolean interceptRequested,
        Instant collectedAt) {
}
