package com.refundpilot.logistics.domain;

import com.refundpilot.contracts.vocabulary.TrackingStatus;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Courier vocabularies → the canonical {@link TrackingStatus}. The sandbox courier already speaks the canonical
 * names (scenarios.md); other couriers' codes get their own mapping here when their feeds are added.
 */
public final class TrackingCodes {

    private TrackingCodes() {
    }

    public static Optional<TrackingStatus> fromSandbox(String event) {
        return Arrays.stream(TrackingStatus.values()).filter(status -> status.name().equals(event)).findFirst();
    }

    public static List<String> sandboxVocabulary() {
        return Arrays.stream(TrackingStatus.values()).map(Enum::name).toList();
    }

    /** Whether the parcel physically moved (a stall or a refused intercept is not a movement). */
    public static boolean isMovement(TrackingStatus status) {
        return status != TrackingStatus.STALLED && status != TrackingStatus.INTERCEPT_FAILED;
    }

    /** Whether the parcel's journey is over (signed by someone, or lost): nothing left to watch. */
    public static boolean endsWatch(TrackingStatus status) {
        return status == TrackingStatus.SIGNED || status == TrackingStatus.RETURNED_SIGNED
                || status == TrackingStatus.LOST;
    }
}
