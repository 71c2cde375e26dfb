package com.refundpilot.sandbox.courier;

import jakarta.validation.constraints.NotNull;

/** The courier moves a parcel; a null location keeps the parcel's current one. */
public record ShipmentEventRequest(@NotNull TrackingCode event, String province, String city) {
}
