package com.refundpilot.contracts.commands;

import com.refundpilot.contracts.Require;
import com.refundpilot.contracts.envelope.CaseMessage;
import com.refundpilot.contracts.envelope.Command;
import com.refundpilot.contracts.vocabulary.OrderRef;
import com.refundpilot.contracts.vocabulary.WarehouseAction;

/** Ship goods again: a reship (补寄, {@code RESHIP}) or an exchange's replacement ({@code SHIP_EXCHANGE}). */
public record ShipReplacement(OrderRef order, String caseId, String ruleId, WarehouseAction kind, String sku,
        int quantity, String note) implements Command, CaseMessage {

    public ShipReplacement {
        Require.present(order, "order");
        Require.text(caseId, "caseId");
        Require.text(ruleId, "ruleId");
        Require.present(kind, "kind");
        if (kind != WarehouseAction.RESHIP && kind != WarehouseAction.SHIP_EXCHANGE) {
            throw new IllegalArgumentException("kind must be RESHIP or SHIP_EXCHANGE, was " + kind);
        }
        Require.positive(quantity, "quantity");
    }
}
