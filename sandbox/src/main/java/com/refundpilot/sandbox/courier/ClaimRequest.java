package com.refundpilot.sandbox.courier;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** A claim (索赔) for a lost or damaged parcel: the goods' value in fen, the SKU and the merchant's reason. */
public record ClaimRequest(@NotBlank String requestId, @NotNull @Positive Long valueFen, String sku, String reason) {
}
