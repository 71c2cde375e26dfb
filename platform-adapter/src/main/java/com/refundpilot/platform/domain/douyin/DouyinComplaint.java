package com.refundpilot.platform.domain.douyin;

import java.time.Instant;
import java.util.List;

/**
 * A complaint as the sandbox's assumed {@code complaint/detail} shows it: type 1 late shipment, 2 service, 3 other;
 * status 1 waiting for the merchant, 2 answered, 3 closed; the order's promised and actual ship times (null when
 * unknown); {@code merchantAnswer} 0 none, 1 accept, 2 reject.
 */
public record DouyinComplaint(String complaintId, String orderId, String shopId, int type, int status,
        Instant createdAt, Instant updatedAt, Instant deadline, Instant promisedShipAt, Instant shippedAt,
        Long orderPaidFen, DouyinAfterSale.Arbitration arbitration, int merchantAnswer, List<String> evidence) {

    public boolean awaitsAnswer() {
        return status == 1;
    }

    public String kind() {
        return switch (type) {
            case 1 -> "LATE_SHIPMENT";
            case 2 -> "SERVICE";
            default -> "OTHER";
        };
    }
}
