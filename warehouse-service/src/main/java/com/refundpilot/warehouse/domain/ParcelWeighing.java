package com.refundpilot.warehouse.domain;

import java.time.Instant;

/** A parcel weight staff recorded for the order, reported to {@code caseId}; {@code erp} as for {@link ReturnArrival}. */
public record ParcelWeighing(Instant weighedAt, String caseId, String trackingNo, long grams, long expectedGrams,
        String erp) {
}
