package com.refundpilot.logistics.domain.claim;

import com.refundpilot.contracts.vocabulary.ClaimStatus;

/**
 * A claim was asked to move where its lifecycle does not go from where it is ({@code DRAFT → APPROVED → SUBMITTED →
 * COMPENSATED | REJECTED}); {@code code} says why (ALREADY_APPROVED, ALREADY_SUBMITTED, ALREADY_SETTLED, NOT_APPROVED,
 * NOT_SUBMITTED) so that a caller can answer 409 with it.
 */
public class ClaimTransitionException extends IllegalStateException {

    private final String code;
    private final ClaimStatus status;

    public ClaimTransitionException(String code, ClaimStatus status, String message) {
        super(message);
        this.code = code;
        this.status = status;
    }

    public String code() {
        return code;
    }

    public ClaimStatus status() {
        return status;
    }
}
