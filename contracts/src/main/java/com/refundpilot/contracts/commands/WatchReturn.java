package com.refundpilot.contracts.commands;

import com.refundpilot.contracts.Require;
import com.refundpilot.contracts.envelope.CaseMessage;
import com.refundpilot.contracts.envelope.Command;
import com.refundpilot.contracts.vocabulary.Address;
import com.refundpilot.contracts.vocabulary.OrderRef;
import java.time.Instant;

/**
 * Check and follow a return waybill the buyer filled in: logistics-service answers with
 * {@code logistics.return-waybill-checked} (unknown, reused by another case, collected before the request —
 * RR-3/RR-12), checks an unknown one again after 24 h, and reports its tracking like any watched parcel.
 * {@code returnAddress} is where it should arrive (本地签收 vs 异地签收).
 */
public record WatchReturn(OrderRef order, String caseId, String carrier, String trackingNo, Address returnAddress,
        Instant requestedAt) implements Command, CaseMessage {

    public WatchReturn {
        Require.present(order, "order");
        Require.text(caseId, "caseId");
        Require.text(trackingNo, "trackingNo");
        Require.present(requestedAt, "requestedAt");
    }
}
