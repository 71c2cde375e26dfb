package com.refundpilot.logistics.application;

import com.refundpilot.contracts.commands.WatchParcel;
import com.refundpilot.contracts.envelope.Envelope;
import com.refundpilot.contracts.events.ParcelStatusReported;
import com.refundpilot.kit.outbox.OptimisticRetry;
import com.refundpilot.kit.outbox.Outgoing;
import com.refundpilot.logistics.adapter.out.mongo.ParcelDocument;
import com.refundpilot.logistics.adapter.out.mongo.ParcelRepository;
import com.refundpilot.logistics.domain.Parcel;
import com.refundpilot.logistics.domain.ShipmentLookup;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Watching a parcel for a case ({@code logistics.watch-parcel}): the parcel is registered (or re-tied to the
 * case, with its destination), the courier is asked where it is, and the answer — UNKNOWN_PARCEL and
 * COURIER_UNAVAILABLE included — is a {@link ParcelStatusReported} written with the command's ID, together with
 * the stall timer from the last movement. A redelivered command is dropped before the courier is called.
 */
@Service
public class WatchService {

    private static final Logger log = LoggerFactory.getLogger(WatchService.class);

    private final CourierGateway courier;
    private final ParcelRegistration registration;
    private final ParcelRepository repository;
    private final StallTimers stallTimers;
    private final Outgoing outgoing;
    private final Clock clock;

    public WatchService(CourierGateway courier, ParcelRegistration registration, ParcelRepository repository,
            StallTimers stallTimers, Outgoing outgoing, Clock clock) {
        this.courier = courier;
        this.registration = registration;
        this.repository = repository;
        this.stallTimers = stallTimers;
        this.outgoing = outgoing;
        this.clock = clock;
    }

    public void watch(Envelope envelope, WatchParcel command) {
        var tie = new ParcelRegistration.Tie(command.trackingNo(), command.carrier(), command.order(),
                command.caseId(), command.destination());
        if (!registration.register(envelope, tie)) {
            log.debug("watch {} already answered, dropped", envelope.id());
            return;
        }
        ShipmentLookup lookup = courier.shipment(command.trackingNo());
        if (!(lookup instanceof ShipmentLookup.Found)) {
            log.info("watch of {} for {}: courier answered {}", command.trackingNo(), command.caseId(), lookup);
        }
        OptimisticRetry.run(() -> {
            ParcelDocument document = registration.load(tie);
            if (document.alreadyProcessed(envelope.id())) {
                return;
            }
            Parcel parcel = document.parcel();
            ParcelStatusReported report = parcel.watch(command.caseId(), lookup, clock.instant());
            stallTimers.beforeSave(parcel);
            document.enqueue(outgoing.causedBy(envelope, report));
            document.markProcessed(envelope.id());
            repository.save(document);
            stallTimers.afterSave(parcel);
        });
    }
}
