package com.refundpilot.scenario.model;

/** Calls to the warehouse ERP (expect.warehouseActions). */
public enum WarehouseAction implements Action {
    CANCEL_ORDER, UNAUDIT, INTERCEPT_IN_WAREHOUSE, VOID, FLAG_ORDER, RESHIP, SHIP_EXCHANGE, RETURN_WRONG_GOODS;

    @Override
    public Target target() {
        return Target.WAREHOUSE;
    }
}
