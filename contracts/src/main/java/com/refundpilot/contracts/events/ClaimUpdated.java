package com.refundpilot.contracts.events;

import com.refundpilot.contracts.Require;
import com.refundpilot.contracts.envelope.CaseMessage;
import com.refundpilot.contracts.envelope.Event;
import com.refundpilot.contracts.vocabulary.ClaimStatus;
import com.refundpilot.contracts.vocabulary.OrderRef;
import java.time.Instant;

/**
 * A courier claim (索赔) moved: DRAFT (the form), APPROVED (finance), SUBMITTED (to the courier, with the
 * courier's reference), COMPENSATED ({@code compensatedFen}) or REJECTED. The loss register counts it.
 */
public record ClaimUpdated(OrderRef order, String caseId, String claimId, ClaimStatus status, String carrier,
        String trackingNo, String sku, long valueFen, long compensatedFen, String courierReference, Instant at)
        implements Event, CaseMessage {

    public ClaimUpdated {
        Require.present(order, "order");
        Require.text(caseId, "caseId");
        Require.text(claimId, "claimId");
        Require.present(status, "status");
        Require.text(trackingNo, "trackingNo");
        Require.nonNegative(valueFen, "valueFen");
        Require.nonNegative(compensatedFen, "compensatedFen");
        Require.present(at, "at");
    }
}
