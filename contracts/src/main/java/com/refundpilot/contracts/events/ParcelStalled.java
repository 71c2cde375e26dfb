package com.refundpilot.contracts.events;

import com.refundpilot.contracts.Require;
import com.refundpilot.contracts.envelope.CaseMessage;
import com.refundpilot.contracts.envelope.Event;
import com.refundpilot.contracts.vocabulary.Address;
import com.refundpilot.contracts.vocabulary.OrderRef;
import java.time.Duration;
import java.time.Instant;

/**
 * A watched parcel has not moved for {@code stalledFor} (reported at 24 h, 48 h and 72 h without movement).
 * What that means (nudge, lost) is refund-service's rule (RS-8/RS-9), by the parcel's {@code destination}.
 */
public record ParcelStalled(OrderRef order, String caseId, String carrier, String trackingNo, Instant lastMovementAt,
        Duration stalledFor, Address destination) implements Event, CaseMessage {

    public ParcelStalled {
        Require.present(order, "order");
        Require.text(caseId, "caseId");
        Require.text(trackingNo, "trackingNo");
        Require.present(lastMovementAt, "lastMovementAt");
        Require.present(stalledFor, "stalledFor");
    }
}
