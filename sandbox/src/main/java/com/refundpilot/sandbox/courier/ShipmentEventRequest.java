package com.refundpilot.sandbox.courier;

import jakarta.validation.constraints.NotNull;

/**
 * The courier moves a parcel; a null location keeps the parcel's current one. {@code signer} (optional) is who
 * signed, for {@code SIGNED} / {@code RETURNED_SIGNED}.
 */
public record ShipmentEventRequest(@NotNull TrackingCode event, String province, String city, String signer) {
}
