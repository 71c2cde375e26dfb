package com.refundpilot.contracts.events;

import com.refundpilot.contracts.Require;
import com.refundpilot.contracts.envelope.CaseMessage;
import com.refundpilot.contracts.envelope.Event;
import com.refundpilot.contracts.vocabulary.OrderRef;

/**
 * The warehouse could not read the order's state in the ERP for a case (the answer to a CheckFulfilment
 * that is not a {@link FulfilmentReported}). {@code code}: {@code ERP_UNAVAILABLE} (unreachable, 5xx or an
 * unreadable answer after the client's retries, or its circuit breaker open) or {@code ORDER_NOT_FOUND}
 * (the ERP does not know the order). The case may ask again or escalate; it never waits on a silence.
 */
public record FulfilmentCheckFailed(OrderRef order, String caseId, String code, String detail)
        implements Event, CaseMessage {

    public FulfilmentCheckFailed {
        Require.present(order, "order");
        Require.text(caseId, "caseId");
        Require.text(code, "code");
    }
}
