package com.refundpilot.sandbox.platform.taobao;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/** Platform staff take the dispute over; evidence is due within {@code evidenceDeadlineIn} (control API). */
public record InterventionRequest(@NotNull Duration evidenceDeadlineIn) {
}
