package com.refundpilot.sandbox.platform.taobao;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** The buyer answers the merchant's pending negotiation; {@code amountFen} overrides a partial proposal's amount. */
public record NegotiationAnswerRequest(@NotNull Boolean accepted, @Positive Long amountFen) {
}
