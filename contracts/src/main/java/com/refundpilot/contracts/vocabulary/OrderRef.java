package com.refundpilot.contracts.vocabulary;

import java.util.Objects;

/**
 * Identifies one order of one shop on one platform. Its {@link #key()} is the Kafka message key of every
 * event and command about the order, so they stay ordered and one consumer decides an order's refunds (G-3).
 */
public record OrderRef(Platform platform, String shopId, String orderId) {

    public OrderRef {
        Objects.requireNonNull(platform, "platform");
        requireText(shopId, "shopId");
        requireText(orderId, "orderId");
    }

    public String key() {
        return platform + ":" + shopId + ":" + orderId;
    }

    /** The case ID of a refund request on this order: platform + shop + platform refund ID is unique. */
    public String caseIdOf(String refundId) {
        requireText(refundId, "refundId");
        return platform + ":" + shopId + ":" + refundId;
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }
}
