package com.refundpilot.sandbox.courier;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** The courier's record of a parcel, as a scenario sets it up; {@code lastMovementAt} defaults to now. */
public record ShipmentSetup(
        @NotBlank String carrier,
        @NotNull TrackingCode status,
        Instant lastMovementAt,
        String province,
        String city) {
}
