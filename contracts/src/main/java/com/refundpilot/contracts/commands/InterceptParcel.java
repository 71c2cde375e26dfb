package com.refundpilot.contracts.commands;

import com.refundpilot.contracts.Require;
import com.refundpilot.contracts.envelope.CaseMessage;
import com.refundpilot.contracts.envelope.Command;
import com.refundpilot.contracts.vocabulary.OrderRef;

/** Ask the courier to stop a parcel in transit and return it (拦截). */
public record InterceptParcel(OrderRef order, String caseId, String carrier, String trackingNo, String reason)
        implements Command, CaseMessage {

    public InterceptParcel {
        Require.present(order, "order");
        Require.text(caseId, "caseId");
        Require.text(trackingNo, "trackingNo");
    }
}
