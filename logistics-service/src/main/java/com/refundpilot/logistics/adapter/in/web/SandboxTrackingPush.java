package com.refundpilot.logistics.adapter.in.web;

import com.refundpilot.contracts.vocabulary.TrackingStatus;
import com.refundpilot.logistics.adapter.in.web.FieldProblems.FieldError;
import com.refundpilot.logistics.domain.TrackingCodes;
import com.refundpilot.logistics.domain.TrackingReport;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sandbox courier's push, {@code {"trackingNo","carrier","event","at","province","city"}}, read field by
 * field so that every problem names its field: {@code trackingNo} must be present, {@code event} one of the
 * courier vocabulary, {@code at} an ISO-8601 instant; {@code carrier}, {@code province} and {@code city} are
 * optional text. Unknown fields are ignored (the courier may add some).
 */
final class SandboxTrackingPush {

    private SandboxTrackingPush() {
    }

    static TrackingReport parse(Map<String, Object> body) {
        List<FieldError> errors = new ArrayList<>();
        String trackingNo = text(body, "trackingNo", true, errors);
        String carrier = text(body, "carrier", false, errors);
        String event = text(body, "event", true, errors);
        String at = text(body, "at", true, errors);
        String province = text(body, "province", false, errors);
        String city = text(body, "city", false, errors);

        TrackingStatus status = null;
        if (event != null) {
            Optional<TrackingStatus> known = TrackingCodes.fromSandbox(event);
            if (known.isEmpty()) {
                errors.add(new FieldError("event", "unknown tracking event '" + event + "' (one of "
                        + String.join(", ", TrackingCodes.sandboxVocabulary()) + ")"));
            } else {
                status = known.get();
            }
        }
        Instant instant = null;
        if (at != null) {
            try {
                instant = Instant.parse(at);
            } catch (DateTimeParseException e) {
                errors.add(new FieldError("at", "'" + at + "' is not an ISO-8601 instant (e.g. 2026-11-11T02:00:00Z)"));
            }
        }
        if (!errors.isEmpty()) {
            throw FieldProblems.badRequest(errors);
        }
        return new TrackingReport(trackingNo, carrier, status, instant, province, city);
    }

    private static String text(Map<String, Object> body, String field, boolean required, List<FieldError> errors) {
        Object value = body.get(field);
        if (value == null) {
            if (required) {
                errors.add(new FieldError(field, "must not be null"));
            }
            return null;
        }
        if (!(value instanceof String text)) {
            errors.add(new FieldError(field, "must be a string"));
            return null;
        }
        if (text.isBlank()) {
            if (required) {
                errors.add(new FieldError(field, "must not be blank"));
            }
            return null;
        }
        return text.trim();
    }
}
