package com.refundpilot.sandbox.courier;

/** Answer of the control event call: the parcel afterwards, what was pushed, and the receiver's status. */
public record EventOutcome(ShipmentView shipment, TrackingPush pushed, int pushStatus) {
}
