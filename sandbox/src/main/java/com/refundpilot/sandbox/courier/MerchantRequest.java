package com.refundpilot.sandbox.courier;

import jakarta.validation.constraints.NotBlank;

/** A nudge (催件) or a delivery verification (核实) or a signing-proof request (底单): a request ID and a note. */
public record MerchantRequest(@NotBlank String requestId, String note) {
}
