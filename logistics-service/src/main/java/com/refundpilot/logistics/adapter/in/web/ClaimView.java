package com.refundpilot.logistics.adapter.in.web;

import com.refundpilot.contracts.vocabulary.ClaimStatus;
import com.refundpilot.contracts.vocabulary.OrderRef;
import com.refundpilot.logistics.domain.claim.Claim;
import com.refundpilot.logistics.domain.claim.ClaimStep;
import java.time.Instant;
import java.util.List;

/** A claim form as the claims API shows it, with every transition it went through. */
record ClaimView(String claimId, OrderRef order, String caseId, String carrier, String trackingNo, String sku,
        long valueFen, String reason, ClaimStatus status, String courierReference, long compensatedFen,
        String rejectionReason, Instant filedAt, Instant updatedAt, List<ClaimStep> history) {

    static ClaimView of(Claim claim) {
        return new ClaimView(claim.claimId(), claim.order(), claim.caseId(), claim.carrier(), claim.trackingNo(),
                claim.sku(), claim.valueFen(), claim.reason(), claim.status(), claim.courierReference(),
                claim.compensatedFen(), claim.rejectionReason(), claim.filedAt(), claim.updatedAt(), claim.history());
    }
}
