package com.refundpilot.logistics.domain.feed;

import com.refundpilot.logistics.domain.TrackingReport;
import java.time.Instant;
import java.util.Objects;

/**
 * One parcel's update from a courier feed: in canonical form ({@link Tracked}), or with the reason it has no
 * canonical meaning ({@link Unmapped}: acknowledged, kept on the parcel, published nowhere).
 */
public sealed interface FeedUpdate {

    String trackingNo();

    record Tracked(TrackingReport report) implements FeedUpdate {

        public Tracked {
            Objects.requireNonNull(report, "report");
        }

        @Override
        public String trackingNo() {
            return report.trackingNo();
        }
    }

    /** {@code code} is the courier's own (e.g. "kdniao 4/414"); {@code at} the latest trace time, null without one. */
    record Unmapped(String trackingNo, String carrier, String code, Instant at, String reason) implements FeedUpdate {

        public Unmapped {
            if (trackingNo == null || trackingNo.isBlank()) {
                throw new IllegalArgumentException("trackingNo is required");
            }
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(reason, "reason");
        }

        /** Identical unmapped updates share this key, so a repeat is kept once. */
        public String naturalKey() {
            return "unmapped:" + trackingNo + ":" + code + ":" + at;
        }
    }
}
