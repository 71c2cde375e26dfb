package com.refundpilot.contracts.commands;

import com.refundpilot.contracts.Require;
import com.refundpilot.contracts.envelope.CaseMessage;
import com.refundpilot.contracts.envelope.Command;
import com.refundpilot.contracts.vocabulary.CourierRequestKind;
import com.refundpilot.contracts.vocabulary.OrderRef;

/**
 * Ask the courier for something about a parcel (nudge, verify delivery, signing proof, claim, address
 * correction). {@code valueFen} is the goods' value for a claim, else null; {@code note} is free text for
 * the courier (the right address for CORRECT_ADDRESS is the order's, known to logistics-service).
 */
public record AskCourier(OrderRef order, String caseId, String carrier, String trackingNo, CourierRequestKind kind,
        String note, Long valueFen, String sku) implements Command, CaseMessage {

    public AskCourier {
        Require.present(order, "order");
        Require.text(caseId, "caseId");
        Require.text(trackingNo, "trackingNo");
        Require.present(kind, "kind");
        if (kind == CourierRequestKind.CLAIM && (valueFen == null || valueFen < 1)) {
            throw new IllegalArgumentException("valueFen must be at least 1 for a claim");
        }
    }
}
