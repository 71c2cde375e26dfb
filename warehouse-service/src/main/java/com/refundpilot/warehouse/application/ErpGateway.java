package com.refundpilot.warehouse.application;

import com.refundpilot.warehouse.domain.ErpOperation;
import com.refundpilot.warehouse.domain.OrderRead;
import com.refundpilot.warehouse.domain.StepResult;

/**
 * The merchant's ERP, as the use cases need it. Implementations retry transient failures themselves and
 * answer every outcome as a value: a refusal or an outage is a result, never an exception.
 */
public interface ErpGateway {

    OrderRead readOrder(String orderId);

    /** One operation, idempotent per {@code requestId} on the ERP's side. */
    StepResult perform(String orderId, ErpOperation operation, String requestId, String note);
}
