package com.refundpilot.sandbox.erp;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;

/**
 * One ERP open-API call; {@code requestId} makes it idempotent. {@code sku} and {@code quantity} are read by
 * reship / ship-exchange only (defaults: the order's item SKU, 1).
 */
public record ErpOperationRequest(@NotBlank String requestId, String note, String sku, @Positive Integer quantity) {
}
