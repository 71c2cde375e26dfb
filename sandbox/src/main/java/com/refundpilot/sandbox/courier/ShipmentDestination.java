package com.refundpilot.sandbox.courier;

import jakarta.validation.constraints.NotBlank;

/** Where the parcel should arrive (the consignee's province and city; no street: the sandbox needs none). */
public record ShipmentDestination(@NotBlank String province, String city) {
}
