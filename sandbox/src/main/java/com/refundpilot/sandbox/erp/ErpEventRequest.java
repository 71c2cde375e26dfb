package com.refundpilot.sandbox.erp;

import jakarta.validation.constraints.NotNull;

/** {@code POST /sandbox/erp/orders/{orderId}/events}. */
public record ErpEventRequest(@NotNull ErpEvent event) {
}
