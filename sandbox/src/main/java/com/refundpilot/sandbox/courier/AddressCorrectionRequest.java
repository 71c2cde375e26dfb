package com.refundpilot.sandbox.courier;

import jakarta.validation.constraints.NotBlank;

/** The right destination for a mis-sorted parcel (快递错分): province required, city optional. */
public record AddressCorrectionRequest(@NotBlank String requestId, @NotBlank String province, String city) {
}
