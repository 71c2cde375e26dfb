package com.refundpilot.contracts.vocabulary;

/** Operations the merchant's ERP performs for an after-sales case. */
public enum WarehouseAction {
    CANCEL_ORDER, UNAUDIT, INTERCEPT_IN_WAREHOUSE, VOID, FLAG_ORDER, RESHIP, SHIP_EXCHANGE, RETURN_WRONG_GOODS;

    /** Steps of an NS stop sequence; a flag on a shipped order (RS) is a note, not a stop. */
    public boolean stopsTheOrder() {
        return this == CANCEL_ORDER || this == UNAUDIT || this == INTERCEPT_IN_WAREHOUSE || this == VOID;
    }
}
