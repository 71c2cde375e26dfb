package com.refundpilot.scenario.model;

import java.time.Duration;
import java.util.Objects;

/**
 * The courier reports a tracking event ({@code courier:}).
 *
 * @param at when
 * @param event tracking event
 * @param trackingNo the parcel (outbound or a return parcel), or null for the order's outbound parcel
 * @param location where the scan happened, or null
 */
public record CourierStep(Duration at, TrackingEvent event, String trackingNo, Address location) implements Step {

    public CourierStep {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(event, "event");
    }

    @Override
    public String actor() {
        return "courier";
    }
}
