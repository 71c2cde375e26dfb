package com.refundpilot.contracts.commands;

import com.refundpilot.contracts.Require;
import com.refundpilot.contracts.envelope.CaseMessage;
import com.refundpilot.contracts.envelope.Command;
import com.refundpilot.contracts.vocabulary.Address;
import com.refundpilot.contracts.vocabulary.OrderRef;

/**
 * Follow a parcel for a case: logistics-service reads its current state from the courier (answered with
 * {@code logistics.parcel-status-reported}), then reports every tracking change and stalls (no movement for
 * 24 h, 48 h, 72 h) until the case is done. {@code destination} is where the parcel should arrive (RS-9's
 * remote provinces, RS-10's misrouting), null when unknown.
 */
public record WatchParcel(OrderRef order, String caseId, String carrier, String trackingNo, Address destination)
        implements Command, CaseMessage {

    public WatchParcel {
        Require.present(order, "order");
        Require.text(caseId, "caseId");
        Require.text(trackingNo, "trackingNo");
    }
}
