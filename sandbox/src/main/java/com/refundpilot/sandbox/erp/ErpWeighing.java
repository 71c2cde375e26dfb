package com.refundpilot.sandbox.erp;

import java.time.Instant;

/** A parcel weight the ERP recorded for an order ({@code expectedGrams} null when not given). */
public record ErpWeighing(String trackingNo, String caseId, int grams, Integer expectedGrams, Instant at,
        String requestId) {
}
