package com.refundpilot.sandbox.erp;

import java.time.Instant;

/**
 * A parcel the warehouse shipped to the buyer again for an order (补寄 RESHIP, an exchange's SHIP_EXCHANGE, or
 * wrong goods they returned sent back, RETURN_WRONG_GOODS; its {@code sku} may then be null).
 */
public record ReplacementParcel(String kind, String carrier, String trackingNo, String sku, int quantity,
        String requestId, Instant at) {
}
