package com.refundpilot.sandbox.courier;

import com.refundpilot.sandbox.common.InvalidFieldException;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * How the courier decides a claim: {@code {"compensatedFen":n}} (integer fen ≥ 0) or
 * {@code {"rejected":true,"reason":"…"}}; exactly one of the two.
 */
public record ClaimSettlementRequest(@PositiveOrZero Long compensatedFen, Boolean rejected, String reason) {

    boolean rejectedOutright() {
        return Boolean.TRUE.equals(rejected);
    }

    /** Exactly one decision: else 400 naming {@code compensatedFen} (none given) or {@code rejected} (both). */
    void requireOneDecision() {
        if (rejectedOutright() && compensatedFen != null) {
            throw new InvalidFieldException("rejected", "a claim is either compensated or rejected, not both");
        }
        if (!rejectedOutright() && compensatedFen == null) {
            throw new InvalidFieldException("compensatedFen",
                    "must not be null unless the claim is rejected (\"rejected\":true)");
        }
    }
}
