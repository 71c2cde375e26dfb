package com.refundpilot.contracts.events;

import com.refundpilot.contracts.Require;
import com.refundpilot.contracts.envelope.CaseMessage;
import com.refundpilot.contracts.envelope.Event;
import com.refundpilot.contracts.vocabulary.OrderRef;
import java.time.Instant;

/** Warehouse staff recorded a return parcel's arrival (by its waybill) for the case that expected it. */
public record ReturnReceived(OrderRef order, String caseId, String trackingNo, Instant receivedAt)
        implements Event, CaseMessage {

    public ReturnReceived {
        Require.present(order, "order");
        Require.text(caseId, "caseId");
        Require.text(trackingNo, "trackingNo");
        Require.present(receivedAt, "receivedAt");
    }
}
