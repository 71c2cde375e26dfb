package com.refundpilot.contracts.commands;

import com.refundpilot.contracts.Require;
import com.refundpilot.contracts.envelope.CaseMessage;
import com.refundpilot.contracts.envelope.Command;
import com.refundpilot.contracts.vocabulary.OrderRef;
import com.refundpilot.contracts.vocabulary.WarehouseAction;
import java.util.List;

/**
 * Run ERP steps in order to stop an order from shipping (NS-1: cancel; NS-2: un-audit, cancel; NS-3:
 * intercept in warehouse, void, un-audit, cancel). {@code note} is written on the order (e.g. 退款).
 */
public record StopFulfilment(OrderRef order, String caseId, String ruleId, List<WarehouseAction> steps,
        String note) implements Command, CaseMessage {

    public StopFulfilment {
        Require.present(order, "order");
        Require.text(caseId, "caseId");
        Require.text(ruleId, "ruleId");
        steps = List.copyOf(Require.present(steps, "steps"));
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("steps must not be empty");
        }
    }
}
