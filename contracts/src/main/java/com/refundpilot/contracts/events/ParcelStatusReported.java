package com.refundpilot.contracts.events;

import com.refundpilot.contracts.Require;
import com.refundpilot.contracts.envelope.CaseMessage;
import com.refundpilot.contracts.envelope.Event;
import com.refundpilot.contracts.vocabulary.Address;
import com.refundpilot.contracts.vocabulary.OrderRef;
import com.refundpilot.contracts.vocabulary.TrackingStatus;
import java.time.Instant;

/**
 * The answer to {@code logistics.watch-parcel}: the parcel as the courier shows it now. {@code status} is null
 * when the courier does not know the tracking number ({@code code} says why: UNKNOWN_PARCEL,
 * COURIER_UNAVAILABLE); {@code location} is where it was last scanned.
 */
public record ParcelStatusReported(OrderRef order, String caseId, String carrier, String trackingNo,
        TrackingStatus status, Instant lastMovementAt, Address location, String code) implements Event, CaseMessage {

    public ParcelStatusReported {
        Require.present(order, "order");
        Require.text(caseId, "caseId");
        Require.text(trackingNo, "trackingNo");
        if (status == null) {
            Require.text(code, "code");
        }
    }

    public boolean known() {
        return status != null;
    }
}
