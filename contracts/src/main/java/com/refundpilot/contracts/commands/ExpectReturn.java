package com.refundpilot.contracts.commands;

import com.refundpilot.contracts.Require;
import com.refundpilot.contracts.envelope.CaseMessage;
import com.refundpilot.contracts.envelope.Command;
import com.refundpilot.contracts.vocabulary.OrderRef;

/**
 * Tell the warehouse a return is on its way for a case, so that staff who record its arrival by waybill find
 * the case: the parcel, the goods and how many pieces should come back.
 */
public record ExpectReturn(OrderRef order, String caseId, String carrier, String trackingNo, String sku,
        int quantity) implements Command, CaseMessage {

    public ExpectReturn {
        Require.present(order, "order");
        Require.text(caseId, "caseId");
        Require.text(trackingNo, "trackingNo");
        Require.positive(quantity, "quantity");
    }
}
