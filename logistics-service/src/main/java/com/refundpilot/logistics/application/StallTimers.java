package com.refundpilot.logistics.application;

import com.refundpilot.kit.timer.TimerStore;
import com.refundpilot.logistics.domain.Parcel;
import com.refundpilot.logistics.domain.StallSchedule;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Keeps a parcel's persisted stall timer (kind {@value #KIND}, one per parcel) in line with the parcel: due at
 * its next stall while watched, gone otherwise. Scheduling happens before the parcel is saved and cancelling
 * after (kit rule: a crash in between leaves at most a spurious firing, which the handler recomputes, never a
 * missing one).
 */
@Component
public class StallTimers {

    public static final String KIND = "STALL";

    private final TimerStore timers;
    private final StallSchedule schedule;

    public StallTimers(TimerStore timers, StallSchedule schedule) {
        this.timers = timers;
        this.schedule = schedule;
    }

    public StallSchedule schedule() {
        return schedule;
    }

    /** Before saving: moves the timer to the parcel's next stall, if it has one. */
    public void beforeSave(Parcel parcel) {
        beforeSave(parcel, null);
    }

    /**
     * As {@link #beforeSave(Parcel)}, from inside the firing of {@code firingAt}: never puts the timer back at the
     * instant being fired, which would make the sweeper fire it again and again.
     */
    public void beforeSave(Parcel parcel, Instant firingAt) {
        Optional<Instant> next = parcel.nextStallAt(schedule);
        if (next.isPresent() && !next.get().equals(firingAt)) {
            timers.schedule(parcel.trackingNo(), KIND, next.get());
        }
    }

    /** After saving: removes the timer of a parcel with nothing left to report. */
    public void afterSave(Parcel parcel) {
        if (parcel.nextStallAt(schedule).isEmpty()) {
            timers.cancel(parcel.trackingNo(), KIND);
        }
    }
}
