package com.refundpilot.contracts.vocabulary;

/** Operations the merchant's ERP performs for an after-sales case. */
public enum WarehouseAction {
    CANCEL_ORDER, UNAUDIT, INTERCEPT_IN_WAREHOUSE, VOID, FLAG_ORDER, RESHIP, SHIP_EXCHANGE, RETURN_WRONG_GOODS
}
