package com.refundpilot.sandbox.platform.taobao;

import jakarta.validation.constraints.Positive;
import java.time.Duration;

/** The buyer changes the request or re-applies (control API); every field is optional. */
public record ModifyRefundRequest(RefundType type, String reason, @Positive Long amountFen, @Positive Integer quantity,
        Duration deadlineIn) {

    RefundChange change() {
        return new RefundChange(type, reason == null || reason.isBlank() ? null : reason, amountFen, quantity);
    }
}
