package com.refundpilot.logistics.domain;

import java.time.Instant;

/**
 * A courier feed update kept on its parcel without effect, because its code has no canonical meaning:
 * when it arrived, the courier's code, the time of its latest trace (null without one) and why it changed nothing.
 */
public record IgnoredUpdate(Instant receivedAt, String code, Instant at, String reason) {
}
