package com.refundpilot.logistics.domain.claim;

import java.util.Objects;

/** The courier's decision on a submitted claim: compensated with an amount in fen, or rejected with a reason. */
public record ClaimSettlement(boolean compensated, long compensatedFen, String reason) {

    public ClaimSettlement {
        if (compensatedFen < 0) {
            throw new IllegalArgumentException("compensatedFen must not be negative");
        }
        if (!compensated && compensatedFen != 0) {
            throw new IllegalArgumentException("a rejected claim compensates nothing");
        }
    }

    public static ClaimSettlement compensated(long fen) {
        return new ClaimSettlement(true, fen, null);
    }

    public static ClaimSettlement rejected(String reason) {
        return new ClaimSettlement(false, 0, reason);
    }

    boolean sameAs(ClaimSettlement other) {
        return other != null && compensated == other.compensated && compensatedFen == other.compensatedFen
                && Objects.equals(reason, other.reason);
    }
}
