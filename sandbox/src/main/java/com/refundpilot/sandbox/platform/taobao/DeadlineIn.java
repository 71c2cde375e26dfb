package com.refundpilot.sandbox.platform.taobao;

import com.refundpilot.sandbox.common.InvalidFieldException;
import java.time.Duration;
import java.time.Instant;

/** A control API's "deadline in" duration: the default when absent, never negative (400 naming the field). */
final class DeadlineIn {

    private DeadlineIn() {
    }

    static Instant from(Instant now, Duration given, Duration fallback, String field) {
        Duration in = given == null ? fallback : given;
        if (in.isNegative()) {
            throw new InvalidFieldException(field, "must not be negative");
        }
        return now.plus(in);
    }
}
