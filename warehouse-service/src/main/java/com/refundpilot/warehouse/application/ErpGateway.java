package com.refundpilot.warehouse.application;

import com.refundpilot.contracts.vocabulary.WarehouseAction;
import com.refundpilot.warehouse.domain.ErpOperation;
import com.refundpilot.warehouse.domain.InspectionReport;
import com.refundpilot.warehouse.domain.OrderRead;
import com.refundpilot.warehouse.domain.RecordResult;
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
     * Ships goods to the buyer for an order ({@code kind} RESHIP, SHIP_EXCHANGE or RETURN_WRONG_GOODS),
     * idempotent per {@code requestId}; {@code sku} null = the order's own item (none for wrong goods).
     */
    ReplacementResult shipReplacement(String orderId, WarehouseAction kind, String requestId, String sku,
            int quantity, String note);

    /** Records a return parcel's arrival, idempotent per {@code requestId}. */
    RecordResult recordArrival(String orderId, String trackingNo, String requestId, String caseId, String receivedBy);

    /** Records a return parcel's inspection ({@code receivedQuantity} as checked), idempotent per {@code requestId}. */
    RecordResult recordInspection(String orderId, String trackingNo, String requestId, String caseId,
            InspectionReport report, int receivedQuantity);

    /** Records a parcel weight for the order, idempotent per {@code requestId}. */
    RecordResult recordWeight(String orderId, String requestId, String caseId, String trackingNo, long grams,
            long expectedGrams);
}
