package com.refundpilot.warehouse.application;

import com.refundpilot.contracts.vocabulary.WarehouseAction;
import com.refundpilot.warehouse.domain.ErpOperation;
import com.refundpilot.warehouse.domain.OrderRead;
import com.refundpilot.warehouse.domain.ReplacementResult;
import com.refundpilot.warehouse.domain.StepResult;

/**
 * The merchant's ERP, as the use cases need it. Implementations retry transient failures themselves and
 * answer every outcome as a value: a refusal or an outage is a result, never an exception.
 */
public interface ErpGateway {

    OrderRead readOrder(String orderId);

    /** One operation, idempotent per {@code requestId} on the ERP's side. */
    StepResult perform(String orderId, ErpOperation operation, String requestId, String note);

    /**
     * Ships goods again for an order ({@code kind} RESHIP or SHIP_EXCHANGE), idempotent per {@code requestId};
     * {@code sku} null = the order's own item.
     */
    ReplacementResult shipReplacement(String orderId, WarehouseAction kind, String requestId, String sku,
            int quantity, String note);
}
