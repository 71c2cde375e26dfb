package com.refundpilot.logistics.domain;

import com.refundpilot.contracts.vocabulary.TrackingStatus;
import java.time.Instant;
import java.util.Objects;

/** What the courier showed when asked about a parcel. */
public sealed interface ShipmentLookup {

    /**
     * The courier knows the parcel: its status, last movement, where it was last scanned (may be null) and its
     * first scan ({@code collectedAt}, 揽收; null when the courier does not say).
     */
    record Found(TrackingStatus status, Instant lastMovementAt, String province, String city, Instant collectedAt)
            implements ShipmentLookup {
        public Found {
            Objects.requireNonNull(status, "status");
        }

        public Found(TrackingStatus status, Instant lastMovementAt, String province, String city) {
            this(status, lastMovementAt, province, city, null);
        }
    }

    /** The courier does not know the tracking number (404). */
    record Unknown(String detail) implements ShipmentLookup {
    }

    /** No usable answer after the client's retries (unreachable, 5xx, circuit open, unreadable answer). */
    record Unavailable(String detail) implements ShipmentLookup {
    }
}
