package com.refundpilot.logistics.domain.claim;

/**
 * Who approves a claim: up to {@code autoApproveUpToFen} (inclusive) the policy does, above it finance does
 * (refund-sop-spec §8: "DRAFT → APPROVED (finance)"; small claims are not worth a person's time).
 */
public record ClaimPolicy(long autoApproveUpToFen) {

    public static final ClaimPolicy DEFAULT = new ClaimPolicy(100_000);

    public ClaimPolicy {
        if (autoApproveUpToFen < 0) {
            throw new IllegalArgumentException("autoApproveUpToFen must not be negative");
        }
    }

    public boolean approvesByItself(long valueFen) {
        return valueFen <= autoApproveUpToFen;
    }
}
