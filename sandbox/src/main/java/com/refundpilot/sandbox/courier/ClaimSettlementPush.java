package com.refundpilot.sandbox.courier;

import java.time.Instant;

/** The settlement push the logistics-service receives ({@code claimId} is the courier's claim ID). */
public record ClaimSettlementPush(String claimId, String trackingNo, String status, Long compensatedFen,
        String reason, Instant at) {

    static ClaimSettlementPush of(CourierClaim claim) {
        return new ClaimSettlementPush(claim.claimId(), claim.trackingNo(), claim.status(), claim.compensatedFen(),
                claim.rejectionReason(), claim.settledAt());
    }
}
