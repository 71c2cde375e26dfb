package com.refundpilot.sandbox.erp;

import java.time.Instant;
import java.util.List;

/** An inspection the ERP recorded for a return parcel. */
public record ErpInspection(ErpInspectionResult result, int receivedQuantity, List<String> photoUrls, String notes,
        String inspectedBy, Instant at, String requestId) {
}
