package com.refundpilot.logistics.application;

import com.refundpilot.contracts.events.ParcelStalled;
import com.refundpilot.kit.outbox.OptimisticRetry;
import com.refundpilot.kit.outbox.Outgoing;
import com.refundpilot.kit.timer.DueTimer;
import com.refundpilot.logistics.adapter.out.mongo.ParcelDocument;
import com.refundpilot.logistics.adapter.out.mongo.ParcelRepository;
import com.refundpilot.logistics.domain.Parcel;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Stall detection: a parcel's stall timer fired. The parcel decides from its own state, not from the timer: a
 * parcel that moved since gets its timer moved instead of a report, a finished watch gets nothing. Reported
 * once per threshold and movement, whichever instance fires: the kit claims each timer for one instance, the
 * firing key is kept with the parcel's processed IDs, the parcel remembers how far it reported, and the event's
 * ID derives from (parcel, last movement, threshold).
 */
@Service
public class StallService {

    private final ParcelRepository repository;
    private final StallTimers stallTimers;
    private final Outgoing outgoing;
    private final Clock clock;

    public StallService(ParcelRepository repository, StallTimers stallTimers, Outgoing outgoing, Clock clock) {
        this.repository = repository;
        this.stallTimers = stallTimers;
        this.outgoing = outgoing;
        this.clock = clock;
    }

    public void onTimer(DueTimer timer) {
        if (!StallTimers.KIND.equals(timer.kind())) {
            return;
        }
        OptimisticRetry.run(() -> {
            ParcelDocument document = repository.find(timer.aggregateId()).orElse(null);
            if (document == null) {
                return;
            }
            Parcel parcel = document.parcel();
            if (document.alreadyProcessed(timer.firingKey())) {
                stallTimers.beforeSave(parcel, timer.dueAt()); // a repeated firing: only keep the timer right
                return;
            }
            Optional<ParcelStalled> stall = parcel.stallDue(stallTimers.schedule(), clock.instant());
            stallTimers.beforeSave(parcel, timer.dueAt());
            stall.ifPresent(event -> document.enqueue(outgoing.withNaturalId(naturalKey(event), event, null)));
            document.markProcessed(timer.firingKey());
            repository.save(document);
            stallTimers.afterSave(parcel);
        });
    }

    private static String naturalKey(ParcelStalled stall) {
        return "stall:" + stall.trackingNo() + ":" + stall.lastMovementAt() + ":" + stall.stalledFor();
    }
}
