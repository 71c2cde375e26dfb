package com.refundpilot.sandbox.erp;

import java.time.Instant;

/** One operation the ERP received, accepted or refused (error is the refusal code). */
public record ErpActionEntry(String action, Instant at, String requestId, boolean ok, String error,
        String note) {

    static ErpActionEntry of(ErpOperation operation, Instant at, String requestId, ErpAnswer answer, String note) {
        return new ErpActionEntry(operation.recordedAs(), at, requestId, answer.ok(),
                answer.ok() ? null : answer.refusal().name(), note);
    }
}
