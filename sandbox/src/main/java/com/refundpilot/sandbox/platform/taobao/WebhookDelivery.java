package com.refundpilot.sandbox.platform.taobao;

import java.time.Instant;

/** One push attempt of a TMC message and the HTTP status the receiver answered (0: no answer). */
public record WebhookDelivery(String topic, String msgId, Instant at, int status) {
}
