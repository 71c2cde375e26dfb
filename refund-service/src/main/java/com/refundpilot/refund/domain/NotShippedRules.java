package com.refundpilot.refund.domain;

import static com.refundpilot.contracts.vocabulary.WarehouseAction.CANCEL_ORDER;
import static com.refundpilot.contracts.vocabulary.WarehouseAction.INTERCEPT_IN_WAREHOUSE;
import static com.refundpilot.contracts.vocabulary.WarehouseAction.UNAUDIT;
import static com.refundpilot.contracts.vocabulary.WarehouseAction.VOID;

import com.refundpilot.contracts.vocabulary.FulfilmentState;
import com.refundpilot.contracts.vocabulary.WarehouseAction;
import java.util.List;
import java.util.Optional;

/** refund-sop-spec §4: which ERP steps stop an order that has not shipped, by its fulfilment state. */
final class NotShippedRules {

    record StopPlan(String ruleId, List<WarehouseAction> steps, String summary) {
    }

    private NotShippedRules() {
    }

    static Optional<StopPlan> planFor(FulfilmentState state) {
        return switch (state) {
            case NOT_ALLOCATED_NOT_AUDITED -> Optional.of(new StopPlan(RuleIds.NS1, List.of(CANCEL_ORDER),
                    "Not allocated, not audited: cancel the order in the ERP, then agree the refund"));
            case NOT_ALLOCATED_AUDITED -> Optional.of(new StopPlan(RuleIds.NS2, List.of(UNAUDIT, CANCEL_ORDER),
                    "Not allocated, audited: un-audit and cancel the order, then agree the refund"));
            case ALLOCATED_AUDITED -> Optional.of(new StopPlan(RuleIds.NS3,
                    List.of(INTERCEPT_IN_WAREHOUSE, VOID, UNAUDIT, CANCEL_ORDER),
                    "Allocated and audited, not shipped: intercept in the warehouse (note 退款), void the picking, "
                            + "un-audit and cancel; agree once the warehouse confirms the void"));
            case SHIPPED, SHIPPED_NOT_SYNCED -> Optional.empty();
        };
    }
}
