package com.refundpilot.logistics.application;

import com.refundpilot.contracts.events.ReturnWaybillChecked;
import com.refundpilot.kit.outbox.OptimisticRetry;
import com.refundpilot.kit.outbox.Outgoing;
import com.refundpilot.kit.timer.DueTimer;
import com.refundpilot.logistics.adapter.out.mongo.ParcelDocument;
import com.refundpilot.logistics.adapter.out.mongo.ParcelRepository;
import com.refundpilot.logistics.domain.Parcel;
import com.refundpilot.logistics.domain.ShipmentLookup;
import com.refundpilot.logistics.domain.WaybillCheck;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The re-check of a return waybill the courier did not know (or could not be asked about): the courier is asked
 * again and the verdict is another {@link ReturnWaybillChecked}. Reported once whichever instance fires: the kit
 * claims the timer for one instance, the firing key is kept with the parcel's processed IDs, the parcel forgets the
 * re-check it answered, and the event's ID derives from (parcel, re-check time).
 */
@Service
public class ReturnRecheckService {

    private final CourierGateway courier;
    private final ParcelRepository repository;
    private final StallTimers stallTimers;
    private final RecheckTimers recheckTimers;
    private final WaybillCheck check;
    private final Outgoing outgoing;
    private final Clock clock;

    public ReturnRecheckService(CourierGateway courier, ParcelRepository repository, StallTimers stallTimers,
            RecheckTimers recheckTimers, WaybillCheck check, Outgoing outgoing, Clock clock) {
        this.courier = courier;
        this.repository = repository;
        this.stallTimers = stallTimers;
        this.recheckTimers = recheckTimers;
        this.check = check;
        this.outgoing = outgoing;
        this.clock = clock;
    }

    public void onTimer(DueTimer timer) {
        ParcelDocument before = repository.find(timer.aggregateId()).orElse(null);
        if (before == null || !due(before, timer)) {
            return;
        }
        ShipmentLookup lookup = courier.shipment(timer.aggregateId());
        OptimisticRetry.run(() -> {
            ParcelDocument document = repository.find(timer.aggregateId()).orElseThrow();
            if (!due(document, timer)) {
                return;
            }
            Parcel parcel = document.parcel();
            Instant recheckAt = parcel.nextRecheckAt().orElseThrow();
            Optional<ReturnWaybillChecked> verdict = parcel.checkReturn(lookup, clock.instant(), check);
            recheckTimers.beforeSave(parcel, timer.dueAt());
            stallTimers.beforeSave(parcel);
            verdict.ifPresent(event -> document.enqueue(outgoing.withNaturalId(
                    "waybill-recheck:" + parcel.trackingNo() + ":" + recheckAt, event, null)));
            document.markProcessed(timer.firingKey());
            repository.save(document);
            stallTimers.afterSave(parcel);
            recheckTimers.afterSave(parcel);
        });
    }

    private boolean due(ParcelDocument document, DueTimer timer) {
        Parcel parcel = document.parcel();
        return !document.alreadyProcessed(timer.firingKey()) && parcel.returnWatch() != null
                && parcel.returnWatch().recheckDue(clock.instant());
    }
}
