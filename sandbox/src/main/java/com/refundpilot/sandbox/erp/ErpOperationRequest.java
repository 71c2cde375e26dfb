package com.refundpilot.sandbox.erp;

import jakarta.validation.constraints.NotBlank;

/** One ERP open-API call; {@code requestId} makes it idempotent. */
public record ErpOperationRequest(@NotBlank String requestId, String note) {
}
