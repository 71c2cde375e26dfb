package com.refundpilot.contracts.events;

import com.refundpilot.contracts.Require;
import com.refundpilot.contracts.envelope.CaseMessage;
import com.refundpilot.contracts.envelope.Event;
import com.refundpilot.contracts.vocabulary.Address;
import com.refundpilot.contracts.vocabulary.FulfilmentState;
import com.refundpilot.contracts.vocabulary.ItemAttributes;
import com.refundpilot.contracts.vocabulary.OrderRef;

/**
 * The warehouse read the order's state in the ERP for a case. Tracking fields are set once shipped.
 * {@code labelPrinted}: the morning batch printed the waybill label (NS-CUTOFF); {@code weightGrams}: the ERP's
 * expected parcel weight; {@code destination}: where the order ships to; {@code item}: what the ERP knows of
 * the goods (custom-made, production started). The last four were added later and may be null.
 */
public record FulfilmentReported(
        OrderRef order,
        String caseId,
        FulfilmentState state,
        boolean forceShip,
        boolean cancelled,
        String carrier,
        String trackingNo,
        Boolean labelPrinted,
        Integer weightGrams,
        Address destination,
        ItemAttributes item) implements Event, CaseMessage {

    public FulfilmentReported {
        Require.present(order, "order");
        Require.text(caseId, "caseId");
        Require.present(state, "state");
    }

    /** The first version's fields only. */
    public FulfilmentReported(OrderRef order, String caseId, FulfilmentState state, boolean forceShip,
            boolean cancelled, String carrier, String trackingNo) {
        this(order, caseId, state, forceShip, cancelled, carrier, trackingNo, null, null, null, null);
    }

    public boolean printed() {
        return Boolean.TRUE.equals(labelPrinted);
    }
}
