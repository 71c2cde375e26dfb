package com.refundpilot.warehouse.domain;

import java.time.Instant;

/**
 * Staff recorded the parcel's arrival. {@code erp} is what the ERP said to recording it: {@code RECORDED}, or
 * its refusal code (the arrival stands: it happened in the warehouse).
 */
public record ReturnArrival(Instant receivedAt, String receivedBy, String erp) {
}
