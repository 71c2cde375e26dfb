package com.refundpilot.refund.domain;

import java.time.Instant;

/** One line of a case's history: what came in, what went out, what was decided. */
public record TimelineEntry(Instant at, String kind, String detail) {
}
