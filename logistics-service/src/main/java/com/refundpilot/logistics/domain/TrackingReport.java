package com.refundpilot.logistics.domain;

import com.refundpilot.contracts.vocabulary.TrackingStatus;
import java.time.Instant;
import java.util.Objects;

/**
 * One tracking event in canonical form, whatever feed it came from (today the sandbox courier's push; later
 * other couriers' formats map to this). {@code carrier} and the location may be unknown (null).
 */
public record TrackingReport(String trackingNo, String carrier, TrackingStatus status, Instant at, String province,
        String city) {

    public TrackingReport {
        if (trackingNo == null || trackingNo.isBlank()) {
            throw new IllegalArgumentException("trackingNo is required");
        }
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(at, "at");
    }

    /** Identical pushes (same parcel, event and time) share this key, so a repeat is recognised and dropped. */
    public String naturalKey() {
        return "tracking:" + trackingNo + ":" + status + ":" + at;
    }
}
