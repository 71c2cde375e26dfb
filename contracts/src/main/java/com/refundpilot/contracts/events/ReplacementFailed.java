package com.refundpilot.contracts.events;

import com.refundpilot.contracts.Require;
import com.refundpilot.contracts.envelope.CaseMessage;
import com.refundpilot.contracts.envelope.Event;
import com.refundpilot.contracts.vocabulary.OrderRef;
import com.refundpilot.contracts.vocabulary.WarehouseAction;

/** The warehouse could not ship the replacement ({@code code}: OUT_OF_STOCK, ERP_UNAVAILABLE, ...). */
public record ReplacementFailed(OrderRef order, String caseId, WarehouseAction kind, String code, String detail)
        implements Event, CaseMessage {

    public ReplacementFailed {
        Require.present(order, "order");
        Require.text(caseId, "caseId");
        Require.present(kind, "kind");
        Require.text(code, "code");
    }
}
