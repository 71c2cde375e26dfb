package com.refundpilot.platform.domain.pdd;

import java.time.Instant;

/**
 * A complaint (投诉) as {@code pdd.complaint.information.get} (a sandbox method) shows it: {@code type} 1 late
 * shipment, 2 service, 3 other; {@code status} 1 waiting for the merchant, 2 answered, 3 decided by staff.
 */
public record PddComplaint(String complaintId, String orderSn, String mallId, int type, int status, Instant created,
        long updatedAt, Instant expireTime, Instant promisedShipTime, Instant shippingTime, Long orderAmountFen,
        String merchantAnswer, int interventionStatus, Instant interventionEvidenceDeadline,
        String interventionVerdict) {

    public boolean awaitsAnswer() {
        return status == 1;
    }

    public boolean decided() {
        return interventionStatus == 2 && interventionVerdict != null;
    }

    public String kind() {
        return switch (type) {
            case 1 -> "LATE_SHIPMENT";
            case 2 -> "SERVICE";
            default -> "OTHER";
        };
    }

    public Instant updated() {
        return Instant.ofEpochMilli(updatedAt);
    }
}
