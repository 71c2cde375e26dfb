package com.refundpilot.logistics.domain.feed;

import com.refundpilot.contracts.vocabulary.TrackingStatus;
import java.util.Optional;

/**
 * What one courier code means here: a canonical {@link TrackingStatus}, or the reason it has none (the update is
 * then kept and ignored). {@code label} is the courier's own name for the code; {@code confirmed} is false for codes
 * taken from third-party public code rather than from the shared platform notes (platforms.md).
 */
public record CodeMeaning(String code, String label, TrackingStatus status, String noMeaningBecause,
        boolean confirmed) {

    public CodeMeaning {
        if ((status == null) == (noMeaningBecause == null)) {
            throw new IllegalArgumentException("a code means a status or has a reason for meaning none: " + code);
        }
    }

    static CodeMeaning maps(String code, String label, TrackingStatus status, boolean confirmed) {
        return new CodeMeaning(code, label, status, null, confirmed);
    }

    static CodeMeaning none(String code, String label, String because, boolean confirmed) {
        return new CodeMeaning(code, label, null, because, confirmed);
    }

    public Optional<TrackingStatus> canonical() {
        return Optional.ofNullable(status);
    }
}
