package com.refundpilot.contracts.events;

import com.refundpilot.contracts.Require;
import com.refundpilot.contracts.envelope.CaseMessage;
import com.refundpilot.contracts.envelope.Event;
import com.refundpilot.contracts.vocabulary.OrderRef;
import java.time.Instant;

/**
 * The weight the courier recorded for an order's parcel against the weight the ERP expects (RE-1: a missing
 * item shows as a lighter parcel; RE-2: a damaged or opened parcel).
 */
public record ParcelWeighed(OrderRef order, String caseId, String trackingNo, long grams, long expectedGrams,
        Instant weighedAt) implements Event, CaseMessage {

    public ParcelWeighed {
        Require.present(order, "order");
        Require.text(caseId, "caseId");
        Require.nonNegative(grams, "grams");
        Require.nonNegative(expectedGrams, "expectedGrams");
        Require.present(weighedAt, "weighedAt");
    }
}
