package com.refundpilot.sandbox.common;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** Lose the next {@code dropNext} pushes (0 stops losing), only of {@code topic} and/or {@code refundId} when given. */
public record WebhookLossRequest(@NotNull @Min(0) @Max(1000) Integer dropNext, String topic, String refundId) {
}
