package com.refundpilot.sandbox.platform.taobao;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/** The platform moves the merchant's deadline to now + {@code deadlineIn} (control API). */
public record DeadlineRequest(@NotNull Duration deadlineIn) {
}
