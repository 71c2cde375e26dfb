package com.refundpilot.sandbox.platform.taobao;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.Instant;

/**
 * The buyer files a complaint about an order (control API). {@code promisedShipBy} / {@code shippedAt}: the
 * platform's record of the order's promised and actual ship times (optional ISO instants).
 */
public record CreateComplaintRequest(@NotBlank String shopId, @NotBlank String orderId, @NotBlank String complaintId,
        @NotNull ComplaintKind kind, Duration deadlineIn, Instant promisedShipBy, Instant shippedAt,
        @jakarta.validation.constraints.PositiveOrZero Long orderPaidFen) {
}
