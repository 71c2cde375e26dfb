package com.refundpilot.sandbox.courier;

import com.refundpilot.sandbox.common.ConflictException;
import java.time.Instant;
import java.util.Objects;

/**
 * A claim (索赔) as the courier keeps it: SUBMITTED when the merchant filed it, then COMPENSATED (with
 * {@code compensatedFen}) or REJECTED (with {@code rejectionReason}) once the courier decided.
 */
public record CourierClaim(String claimId, String trackingNo, long valueFen, String sku, String reason,
        String status, Long compensatedFen, String rejectionReason, Instant submittedAt, Instant settledAt) {

    public static final String SUBMITTED = "SUBMITTED";
    public static final String COMPENSATED = "COMPENSATED";
    public static final String REJECTED = "REJECTED";

    static CourierClaim submitted(String claimId, String trackingNo, ClaimRequest request, Instant now) {
        return new CourierClaim(claimId, trackingNo, request.valueFen(), request.sku(), request.reason(), SUBMITTED,
                null, null, now, null);
    }

    /** The decision taken; the same decision again answers the claim as it is, another one is refused. */
    CourierClaim settle(ClaimSettlementRequest decision, Instant now) {
        String target = decision.rejectedOutright() ? REJECTED : COMPENSATED;
        if (!SUBMITTED.equals(status)) {
            boolean same = target.equals(status) && (decision.rejectedOutright()
                    ? Objects.equals(decision.reason(), rejectionReason)
                    : decision.compensatedFen().equals(compensatedFen));
            if (same) {
                return this;
            }
            throw new ConflictException("ALREADY_SETTLED", "claim " + claimId + " was already settled: " + status);
        }
        return decision.rejectedOutright()
                ? new CourierClaim(claimId, trackingNo, valueFen, sku, reason, REJECTED, null, decision.reason(),
                        submittedAt, now)
                : new CourierClaim(claimId, trackingNo, valueFen, sku, reason, COMPENSATED, decision.compensatedFen(),
                        null, submittedAt, now);
    }
}
