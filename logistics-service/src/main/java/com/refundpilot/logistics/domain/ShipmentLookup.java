package com.refundpilot.logistics.domain;

import com.refundpilot.contracts.vocabulary.TrackingStatus;
import java.time.Instant;
import java.util.Objects;

/** What the courier showed when asked about a parcel. */
public sealed interface ShipmentLookup {

    /** The courier knows the parcel: its status, last movement and where it was last scanned (may be null). */
    record Found(TrackingStatus status, Instant lastMovementAt, String province, String city)
            implements ShipmentLookup {
        public Found {
            Objects.requireNonNull(status, "status");
        }
    }

    /** The courier does not know the tracking number (404). */
    record Unknown(String detail) implements ShipmentLookup {
    }

    /** No usable answer after the client's retries (unreachable, 5xx, circuit open, unreadable answer). */
    record Unavailable(String detail) implements ShipmentLookup {
    }
}
