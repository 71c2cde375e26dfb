package com.refundpilot.warehouse.domain;

import java.time.Instant;

/**
 * An earlier case's expectation of the same waybill, replaced when another case expected it (refund-service
 * decides about a reused waybill from logistics' check; the warehouse keeps what it had recorded).
 */
public record SupersededExpectation(ReturnExpectation expectation, ReturnArrival arrival, ReturnInspection inspection,
        Instant supersededAt) {
}
