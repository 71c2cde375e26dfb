package com.refundpilot.sandbox.erp;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/** The merchant records a parcel's weight for an order (RE-1/RE-2); {@code requestId} makes it idempotent. */
public record ParcelWeightRequest(@NotBlank String requestId, String caseId, String trackingNo,
        @NotNull @PositiveOrZero Integer grams, @PositiveOrZero Integer expectedGrams) {
}
