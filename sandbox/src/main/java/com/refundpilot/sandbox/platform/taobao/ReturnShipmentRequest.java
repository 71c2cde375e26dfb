package com.refundpilot.sandbox.platform.taobao;

import jakarta.validation.constraints.NotBlank;
import java.time.Duration;

/** The buyer fills in the return waybill (control API); {@code deadlineIn}: the merchant's time to confirm receipt. */
public record ReturnShipmentRequest(@NotBlank String carrier, @NotBlank String trackingNo, Duration deadlineIn) {
}
