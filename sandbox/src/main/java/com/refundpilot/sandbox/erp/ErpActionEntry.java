package com.refundpilot.sandbox.erp;

import java.time.Instant;

/**
 * One operation the ERP received, accepted or refused (error is the refusal code). A reship or exchange
 * shipment that was done also names its new parcel ({@code carrier}, {@code trackingNo}).
 */
public record ErpActionEntry(String action, Instant at, String requestId, boolean ok, String error,
        String note, String carrier, String trackingNo) {

    static ErpActionEntry of(ErpOperation operation, Instant at, String requestId, ErpAnswer answer, String note) {
        ReplacementParcel parcel = answer.parcel();
        return new ErpActionEntry(operation.recordedAs(), at, requestId, answer.ok(),
                answer.ok() ? null : answer.refusal().name(), note, parcel == null ? null : parcel.carrier(),
                parcel == null ? null : parcel.trackingNo());
    }
}
