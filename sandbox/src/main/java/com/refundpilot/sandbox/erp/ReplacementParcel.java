package com.refundpilot.sandbox.erp;

import java.time.Instant;

/** A parcel the warehouse shipped again for an order (补寄 RESHIP, or an exchange's SHIP_EXCHANGE). */
public record ReplacementParcel(String kind, String carrier, String trackingNo, String sku, int quantity,
        String requestId, Instant at) {
}
