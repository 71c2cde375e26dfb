package com.refundpilot.logistics.application;

import com.refundpilot.kit.timer.TimerStore;
import com.refundpilot.logistics.domain.Parcel;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** A return parcel's re-check timer (kind {@value #KIND}): due at its next re-check, gone when none is left. */
@Component
public class RecheckTimers {

    public static final String KIND = "RETURN_RECHECK";

    private final ParcelTimer timer;

    public RecheckTimers(TimerStore timers) {
        this.timer = new ParcelTimer(timers, KIND, Parcel::nextRecheckAt);
    }

    /** Before saving: moves the timer to the parcel's next re-check, never back onto the instant being fired. */
    public void beforeSave(Parcel parcel, Instant firingAt) {
        timer.beforeSave(parcel, firingAt);
    }

    /** After saving: removes the timer of a parcel with no re-check left. */
    public void afterSave(Parcel parcel) {
        timer.afterSave(parcel);
    }
}
