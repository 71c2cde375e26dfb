package com.refundpilot.sandbox.erp;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;

/**
 * The merchant records a return parcel's inspection; {@code requestId} makes it idempotent. The ERP keeps
 * what it is told: judging the result (photos, quantities) is the merchant's business.
 */
public record ReturnInspectionRequest(@NotBlank String requestId, String caseId, @NotNull ErpInspectionResult result,
        @NotNull @PositiveOrZero Integer receivedQuantity, List<String> photoUrls, String notes, String inspectedBy) {
}
