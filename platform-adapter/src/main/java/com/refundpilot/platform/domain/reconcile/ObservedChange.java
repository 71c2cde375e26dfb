package com.refundpilot.platform.domain.reconcile;

/**
 * A message about a refund, as the watermark records it: the shop and refund, the topic, the refund's state as read
 * for it, and how often such a change happens ({@code kind}; null for a topic whose messages are never duplicates
 * of one another, recorded only so that the sweep knows what it told).
 */
public record ObservedChange(String shopId, String refundId, String topic, ChangeKind kind, RefundState state) {
}
