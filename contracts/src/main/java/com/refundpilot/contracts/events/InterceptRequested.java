package com.refundpilot.contracts.events;

import com.refundpilot.contracts.Require;
import com.refundpilot.contracts.envelope.CaseMessage;
import com.refundpilot.contracts.envelope.Event;
import com.refundpilot.contracts.vocabulary.OrderRef;

/** The courier accepted an intercept request; the outcome arrives later as a tracking update. */
public record InterceptRequested(OrderRef order, String caseId, String carrier, String trackingNo)
        implements Event, CaseMessage {

    public InterceptRequested {
        Require.present(order, "order");
        Require.text(caseId, "caseId");
        Require.text(trackingNo, "trackingNo");
    }
}
