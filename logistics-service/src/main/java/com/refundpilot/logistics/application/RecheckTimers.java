package com.refundpilot.logistics.application;

import com.refundpilot.kit.timer.TimerStore;
import com.refundpilot.logistics.domain.Parcel;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Keeps a return parcel's persisted re-check timer (kind {@value #KIND}) in line with the parcel, the way
 * {@link StallTimers} does for stalls: scheduled before the save, cancelled after it.
 */
@Component
public class RecheckTimers {

    public static final String KIND = "RETURN_RECHECK";

    private final TimerStore timers;

    public RecheckTimers(TimerStore timers) {
        this.timers = timers;
    }

    /** Before saving: moves the timer to the parcel's next re-check, never back onto the instant being fired. */
    public void beforeSave(Parcel parcel, Instant firingAt) {
        Optional<Instant> next = parcel.nextRecheckAt();
        if (next.isPresent() && !next.get().equals(firingAt)) {
            timers.schedule(parcel.trackingNo(), KIND, next.get());
        }
    }

    /** After saving: removes the timer of a parcel with no re-check left. */
    public void afterSave(Parcel parcel) {
        if (parcel.nextRecheckAt().isEmpty()) {
            timers.cancel(parcel.trackingNo(), KIND);
        }
    }
}
