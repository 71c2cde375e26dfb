package com.refundpilot.sandbox.erp;

import jakarta.validation.constraints.NotBlank;

/** The merchant records a return parcel's arrival; {@code requestId} makes it idempotent. */
public record ReturnArrivalRequest(@NotBlank String requestId, String caseId, String receivedBy) {
}
