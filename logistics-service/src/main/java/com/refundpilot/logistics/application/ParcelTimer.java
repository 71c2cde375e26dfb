package com.refundpilot.logistics.application;

import com.refundpilot.kit.timer.TimerStore;
import com.refundpilot.logistics.domain.Parcel;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * One persisted timer per parcel, of one kind, kept in line with the parcel: moved to its next due time before the
 * parcel is saved, removed after a save that leaves none (kit rule: a crash in between leaves at most a spurious
 * firing, which the handler recomputes, never a missing one).
 */
final class ParcelTimer {

    private final TimerStore timers;
    private final String kind;
    private final Function<Parcel, Optional<Instant>> nextDue;

    ParcelTimer(TimerStore timers, String kind, Function<Parcel, Optional<Instant>> nextDue) {
        this.timers = timers;
        this.kind = kind;
        this.nextDue = nextDue;
    }

    /**
     * Before saving: moves the timer to the parcel's next due time, if it has one, but never back onto
     * {@code firingAt} (the instant being fired, or null), which would make the sweeper fire it again and again.
     */
    void beforeSave(Parcel parcel, Instant firingAt) {
        Optional<Instant> next = nextDue.apply(parcel);
        if (next.isPresent() && !next.get().equals(firingAt)) {
            timers.schedule(parcel.trackingNo(), kind, next.get());
        }
    }

    /** After saving: removes the timer of a parcel with nothing left to be due. */
    void afterSave(Parcel parcel) {
        if (nextDue.apply(parcel).isEmpty()) {
            timers.cancel(parcel.trackingNo(), kind);
        }
    }
}
