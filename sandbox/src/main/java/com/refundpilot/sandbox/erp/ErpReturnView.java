package com.refundpilot.sandbox.erp;

import java.time.Instant;

/** A return parcel the ERP recorded for an order: its arrival and, once inspected, the inspection. */
public record ErpReturnView(String trackingNo, String caseId, Instant receivedAt, String receivedBy,
        String requestId, ErpInspection inspection) {
}
