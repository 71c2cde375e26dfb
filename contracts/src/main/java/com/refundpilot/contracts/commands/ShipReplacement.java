package com.refundpilot.contracts.commands;

import com.refundpilot.contracts.Require;
import com.refundpilot.contracts.envelope.CaseMessage;
import com.refundpilot.contracts.envelope.Command;
import com.refundpilot.contracts.vocabulary.OrderRef;
import com.refundpilot.contracts.vocabulary.WarehouseAction;

/**
 * Ship goods out for a case: a reship (补寄, {@code RESHIP}), an exchange's replacement ({@code SHIP_EXCHANGE}),
 * or wrong goods a buyer returned sent back to them ({@code RETURN_WRONG_GOODS}, RR-7).
 */
public record ShipReplacement(OrderRef order, String caseId, String ruleId, WarehouseAction kind, String sku,
        int quantity, String note) implements Command, CaseMessage {

    public ShipReplacement {
        Require.present(order, "order");
        Require.text(caseId, "caseId");
        Require.text(ruleId, "ruleId");
        Require.present(kind, "kind");
        if (kind != WarehouseAction.RESHIP && kind != WarehouseAction.SHIP_EXCHANGE
                && kind != WarehouseAction.RETURN_WRONG_GOODS) {
            throw new IllegalArgumentException("kind must be RESHIP, SHIP_EXCHANGE or RETURN_WRONG_GOODS, was " + kind);
        }
        Require.positive(quantity, "quantity");
    }
}
