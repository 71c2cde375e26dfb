package com.refundpilot.sandbox.common;

import java.util.List;

/**
 * The push-loss rule in force ({@code dropNext} still to lose, matching {@code topic} and {@code refundId}, null:
 * any), how many pushes were lost so far, and the lost messages still held for a late delivery.
 */
public record WebhookLossView(int dropNext, String topic, String refundId, long dropped, List<Held> held) {

    /** One lost message: its ID and topic as the platform names them, and the refund or complaint it is about. */
    public record Held(String msgId, String topic, String refundId, String complaintId) {
    }
}
