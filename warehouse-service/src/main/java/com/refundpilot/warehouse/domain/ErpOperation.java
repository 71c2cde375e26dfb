package com.refundpilot.warehouse.domain;

import com.refundpilot.contracts.vocabulary.WarehouseAction;
import java.util.Arrays;
import java.util.Optional;

/**
 * The ERP open-API operations that stop an order ({@code POST /erp/api/orders/{orderId}/{path}}) and the
 * {@link WarehouseAction} each one performs. The other actions (reship, exchange, return of wrong goods)
 * are not operations of a stop sequence.
 */
public enum ErpOperation {
    CANCEL("cancel", WarehouseAction.CANCEL_ORDER),
    UNAUDIT("unaudit", WarehouseAction.UNAUDIT),
    INTERCEPT("intercept", WarehouseAction.INTERCEPT_IN_WAREHOUSE),
    VOID("void", WarehouseAction.VOID),
    FLAG("flag", WarehouseAction.FLAG_ORDER);

    private final String path;
    private final WarehouseAction action;

    ErpOperation(String path, WarehouseAction action) {
        this.path = path;
        this.action = action;
    }

    public static Optional<ErpOperation> of(WarehouseAction action) {
        return Arrays.stream(values()).filter(op -> op.action == action).findFirst();
    }

    /** The last segment of the operation's URL path. */
    public String path() {
        return path;
    }

    public WarehouseAction action() {
        return action;
    }
}
