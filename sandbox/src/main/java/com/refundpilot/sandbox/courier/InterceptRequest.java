package com.refundpilot.sandbox.courier;

import jakarta.validation.constraints.NotBlank;

/** The merchant asks the courier to stop a parcel; {@code requestId} makes it idempotent. */
public record InterceptRequest(@NotBlank String requestId, String reason) {
}
