package com.refundpilot.contracts.events;

import com.refundpilot.contracts.Require;
import com.refundpilot.contracts.envelope.CaseMessage;
import com.refundpilot.contracts.envelope.Event;
import com.refundpilot.contracts.vocabulary.OrderRef;
import com.refundpilot.contracts.vocabulary.WarehouseAction;

/** The warehouse shipped a reship or an exchange's replacement: its new parcel. */
public record ReplacementShipped(OrderRef order, String caseId, WarehouseAction kind, String carrier,
        String trackingNo) implements Event, CaseMessage {

    public ReplacementShipped {
        Require.present(order, "order");
        Require.text(caseId, "caseId");
        Require.present(kind, "kind");
        Require.text(trackingNo, "trackingNo");
    }
}
