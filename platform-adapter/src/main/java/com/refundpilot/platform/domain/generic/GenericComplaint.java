package com.refundpilot.platform.domain.generic;

import java.time.Instant;

/** A complaint (投诉) of the generic protocol; {@code merchantAnswer} ACCEPT | REJECT once answered, else null. */
public record GenericComplaint(String complaintId, String orderId, String shopId, String kind, String status,
        Instant createdAt, Instant updatedAt, Instant deadline, Instant promisedShipAt, Instant shippedAt,
        Long orderPaidFen, GenericIntervention intervention, String merchantAnswer) {

    public boolean awaitsAnswer() {
        return "WAITING_MERCHANT".equals(status);
    }
}
