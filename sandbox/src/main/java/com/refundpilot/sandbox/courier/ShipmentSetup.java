package com.refundpilot.sandbox.courier;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/**
 * The courier's record of a parcel, as a scenario sets it up; {@code lastMovementAt} defaults to now. The
 * location ({@code province}, {@code city}) is where the parcel was last scanned, {@code destination} where it
 * should arrive (optional), {@code signer} who signed for it (optional, used by the signing proof),
 * {@code collectedAt} its first scan (揽收; optional: a new parcel's defaults to now, a replaced one keeps its own).
 */
public record ShipmentSetup(
        @NotBlank String carrier,
        @NotNull TrackingCode status,
        Instant lastMovementAt,
        String province,
        String city,
        @Valid ShipmentDestination destination,
        String signer,
        Instant collectedAt) {
}
