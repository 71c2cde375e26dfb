package com.refundpilot.warehouse.domain;

import com.refundpilot.contracts.vocabulary.WarehouseAction;
import java.time.Instant;

/** One operation this service sent to the ERP for an order, and the ERP's answer. */
public record ActionLogEntry(Instant at, String caseId, String ruleId, WarehouseAction action, String requestId,
        boolean ok, String code) {
}
