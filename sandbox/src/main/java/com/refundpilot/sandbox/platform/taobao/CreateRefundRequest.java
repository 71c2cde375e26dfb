package com.refundpilot.sandbox.platform.taobao;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;

/** The buyer opens a refund (control API). Optional fields take the defaults of the protocol doc. */
public record CreateRefundRequest(
        @NotBlank String shopId,
        @NotBlank String orderId,
        @NotBlank String refundId,
        @NotNull RefundType type,
        String reason,
        String desc,
        @NotNull @Positive Long amountFen,
        @Positive Integer quantity,
        @Positive Long orderPaidFen,
        @Positive Integer orderQuantity,
        String sku,
        String buyerNick,
        Duration deadlineIn,
        @Min(1) @Max(10) Integer deliveries) {
}
