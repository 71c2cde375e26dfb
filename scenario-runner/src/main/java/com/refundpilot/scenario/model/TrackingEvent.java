package com.refundpilot.scenario.model;

/** Courier tracking state: order.shipment.status and a courier step's event. */
public enum TrackingEvent {
    COLLECTED, IN_TRANSIT, OUT_FOR_DELIVERY, SIGNED, REFUSED_BY_RECIPIENT, RETURNING, RETURNED_SIGNED, STALLED, LOST, MISROUTED, INTERCEPT_SUCCEEDED, INTERCEPT_FAILED;
}
