package com.refundpilot.sandbox.erp;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** {@code PUT /sandbox/erp/shops/{shopId}/print-batch}: the batch's local time in Asia/Shanghai. */
public record PrintBatchSetup(
        @NotBlank @Pattern(regexp = "([01][0-9]|2[0-3]):[0-5][0-9]", message = "must be HH:mm (00:00 to 23:59)")
        String at) {
}
