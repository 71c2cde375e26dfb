package com.refundpilot.sandbox.platform.taobao;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/** The buyer files a complaint about an order (control API). */
public record CreateComplaintRequest(@NotBlank String shopId, @NotBlank String orderId, @NotBlank String complaintId,
        @NotNull ComplaintKind kind, Duration deadlineIn) {
}
