package com.refundpilot.sandbox.courier;

/**
 * Answer of the control event call: the parcel afterwards, what was pushed (in the sandbox's own vocabulary, whatever
 * the format), the receiver's status, and the format that carried it ({@code sandbox}, {@code kuaidi100},
 * {@code kdniao}).
 */
public record EventOutcome(ShipmentView shipment, TrackingPush pushed, int pushStatus, String feed) {
}
