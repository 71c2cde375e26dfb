package com.refundpilot.scenario.model;

import java.time.Duration;
import java.util.Objects;

/**
 * The outbound parcel of an order ({@code order.shipment}).
 *
 * @param carrier courier code, e.g. ZTO, SF
 * @param trackingNo tracking number
 * @param status tracking state at the start of the story
 * @param lastMovementAgo how long before the start the parcel last moved, or null when not given
 */
public record Shipment(String carrier, String trackingNo, TrackingEvent status, Duration lastMovementAgo) {

    public Shipment {
        Objects.requireNonNull(carrier, "carrier");
        Objects.requireNonNull(trackingNo, "trackingNo");
        Objects.requireNonNull(status, "status");
    }
}
