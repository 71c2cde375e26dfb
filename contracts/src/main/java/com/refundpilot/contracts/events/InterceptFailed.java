package com.refundpilot.contracts.events;

import com.refundpilot.contracts.Require;
import com.refundpilot.contracts.envelope.CaseMessage;
import com.refundpilot.contracts.envelope.Event;
import com.refundpilot.contracts.vocabulary.OrderRef;

/** The courier refused or could not perform an intercept (e.g. the parcel was already signed). */
public record InterceptFailed(OrderRef order, String caseId, String carrier, String trackingNo, String code,
        String reason) implements Event, CaseMessage {

    public InterceptFailed {
        Require.present(order, "order");
        Require.text(caseId, "caseId");
        Require.text(trackingNo, "trackingNo");
        Require.text(code, "code");
    }
}
