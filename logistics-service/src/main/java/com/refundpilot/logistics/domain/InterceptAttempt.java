package com.refundpilot.logistics.domain;

import java.time.Instant;

/** One intercept request sent for a parcel, and the courier's answer ({@code code} null when accepted). */
public record InterceptAttempt(Instant at, String caseId, String requestId, boolean accepted, String code) {
}
