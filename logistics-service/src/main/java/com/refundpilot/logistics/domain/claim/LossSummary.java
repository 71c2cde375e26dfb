package com.refundpilot.logistics.domain.claim;

import com.refundpilot.contracts.vocabulary.ClaimStatus;
import java.util.Collection;

/**
 * The loss register of a shop, from its claims (integer fen): {@code claimedFen} the goods' value of every claim
 * filed; {@code compensatedFen} what couriers paid; {@code openFen} the value of claims not settled yet (draft,
 * approved, submitted); {@code netLossFen} what is lost for good: the value of settled claims minus what they
 * brought back.
 */
public record LossSummary(String shopId, int claims, int open, int compensated, int rejected, long claimedFen,
        long compensatedFen, long openFen, long netLossFen) {

    public static LossSummary of(String shopId, Collection<Claim> claims) {
        int open = 0;
        int compensated = 0;
        int rejected = 0;
        long claimedFen = 0;
        long compensatedFen = 0;
        long openFen = 0;
        long settledFen = 0;
        for (Claim claim : claims) {
            claimedFen += claim.valueFen();
            compensatedFen += claim.compensatedFen();
            if (claim.status() == ClaimStatus.COMPENSATED) {
                compensated++;
            } else if (claim.status() == ClaimStatus.REJECTED) {
                rejected++;
            } else {
                open++;
                openFen += claim.valueFen();
            }
            if (claim.status().settled()) {
                settledFen += claim.valueFen();
            }
        }
        return new LossSummary(shopId, claims.size(), open, compensated, rejected, claimedFen, compensatedFen,
                openFen, settledFen - compensatedFen);
    }
}
