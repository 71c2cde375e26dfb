package com.refundpilot.logistics.application;

import com.refundpilot.kit.timer.TimerStore;
import com.refundpilot.logistics.domain.Parcel;
import com.refundpilot.logistics.domain.StallSchedule;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** A parcel's stall timer (kind {@value #KIND}): due at its next stall while watched, gone otherwise. */
@Component
public class StallTimers {

    public static final String KIND = "STALL";

    private final StallSchedule schedule;
    private final ParcelTimer timer;

    public StallTimers(TimerStore timers, StallSchedule schedule) {
        this.schedule = schedule;
        this.timer = new ParcelTimer(timers, KIND, parcel -> parcel.nextStallAt(schedule));
    }

    public StallSchedule schedule() {
        return schedule;
    }

    /** Before saving: moves the timer to the parcel's next stall, if it has one. */
    public void beforeSave(Parcel parcel) {
        beforeSave(parcel, null);
    }

    /** As {@link #beforeSave(Parcel)}, from inside the firing of {@code firingAt} (never put back onto it). */
    public void beforeSave(Parcel parcel, Instant firingAt) {
        timer.beforeSave(parcel, firingAt);
    }

    /** After saving: removes the timer of a parcel with nothing left to report. */
    public void afterSave(Parcel parcel) {
        timer.afterSave(parcel);
    }
}
