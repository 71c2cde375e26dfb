package com.refundpilot.platform.domain.reconcile;

import java.time.Instant;

/**
 * What one accepted message about a refund told: its topic, the refund as it was read for that message, the
 * message's document ID and when the mark was made (a mark whose message is not stored yet is a claim).
 */
public record Mark(String topic, RefundState state, String messageId, Instant at) {
}
