package com.refundpilot.sandbox.platform.taobao;

import java.time.Instant;

/**
 * Platform staff took the dispute over (小二介入). {@code verdict} is null until they decide: MERCHANT or BUYER.
 * While it is open the merchant's deadline is suspended: the platform, not the clock, decides.
 */
public record Intervention(Instant at, Instant evidenceDeadline, VerdictFor verdict, Instant decidedAt) {

    public enum VerdictFor { MERCHANT, BUYER }

    boolean open() {
        return verdict == null;
    }

    /** Taobao's cs_status: 3 staff intervened, 6 staff finished. */
    int csStatus() {
        return open() ? 3 : 6;
    }

    Intervention decided(VerdictFor verdictFor, Instant now) {
        return new Intervention(at, evidenceDeadline, verdictFor, now);
    }
}
