package com.refundpilot.contracts.commands;

import com.refundpilot.contracts.Require;
import com.refundpilot.contracts.envelope.CaseMessage;
import com.refundpilot.contracts.envelope.Command;
import com.refundpilot.contracts.vocabulary.OrderRef;

/** Ask warehouse-service for the order's fulfilment state in the ERP, for a case. */
public record CheckFulfilment(OrderRef order, String caseId) implements Command, CaseMessage {

    public CheckFulfilment {
        Require.present(order, "order");
        Require.text(caseId, "caseId");
    }
}
