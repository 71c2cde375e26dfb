package com.refundpilot.logistics.application;

import com.refundpilot.contracts.commands.WatchReturn;
import com.refundpilot.contracts.envelope.Envelope;
import com.refundpilot.contracts.events.ReturnWaybillChecked;
import com.refundpilot.kit.outbox.OptimisticRetry;
import com.refundpilot.kit.outbox.Outgoing;
import com.refundpilot.logistics.adapter.out.mongo.ParcelDocument;
import com.refundpilot.logistics.adapter.out.mongo.ParcelRepository;
import com.refundpilot.logistics.domain.Parcel;
import com.refundpilot.logistics.domain.ShipmentLookup;
import com.refundpilot.logistics.domain.WaybillCheck;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * A buyer's return waybill ({@code logistics.watch-return}, RR-3/RR-12), answered as
 * {@code logistics.return-waybill-checked}. The parcel registry is keyed by tracking number, so a number already
 * registered to another case or order (or as this case's own delivery) is USED_BY_ANOTHER_CASE at once: the courier
 * is not asked and the earlier registration is left as it was. Otherwise the number is registered as this case's
 * return and the courier is asked: the verdict (OK, COLLECTED_BEFORE_REQUEST, UNKNOWN_TO_COURIER with a persisted
 * re-check) is written with the command's ID together with the stall and re-check timers; from then on its tracking
 * is reported like any watched parcel's. A redelivered command is dropped before the courier is called.
 */
@Service
public class ReturnWatchService {

    private static final Logger log = LoggerFactory.getLogger(ReturnWatchService.class);

    private final CourierGateway courier;
    private final ParcelRepository repository;
    private final StallTimers stallTimers;
    private final RecheckTimers recheckTimers;
    private final WaybillCheck check;
    private final Outgoing outgoing;
    private final Clock clock;

    public ReturnWatchService(CourierGateway courier, ParcelRepository repository, StallTimers stallTimers,
            RecheckTimers recheckTimers, WaybillCheck check, Outgoing outgoing, Clock clock) {
        this.courier = courier;
        this.repository = repository;
        this.stallTimers = stallTimers;
        this.recheckTimers = recheckTimers;
        this.check = check;
        this.outgoing = outgoing;
        this.clock = clock;
    }

    public void watch(Envelope envelope, WatchReturn command) {
        if (!registerAsReturn(envelope, command)) {
            return;
        }
        ShipmentLookup lookup = courier.shipment(command.trackingNo());
        if (!(lookup instanceof ShipmentLookup.Found)) {
            log.info("return waybill {} of {}: courier answered {}", command.trackingNo(), command.caseId(), lookup);
        }
        OptimisticRetry.run(() -> {
            ParcelDocument document = repository.find(command.trackingNo()).orElseThrow(
                    () -> new IllegalStateException("return parcel " + command.trackingNo() + " vanished"));
            if (document.alreadyProcessed(envelope.id())) {
                return;
            }
            Parcel parcel = document.parcel();
            Optional<ReturnWaybillChecked> verdict = parcel.checkReturn(lookup, clock.instant(), check);
            recheckTimers.beforeSave(parcel, null);
            stallTimers.beforeSave(parcel);
            verdict.ifPresent(event -> document.enqueue(outgoing.causedBy(envelope, event)));
            document.markProcessed(envelope.id());
            repository.save(document);
            stallTimers.afterSave(parcel);
            recheckTimers.afterSave(parcel);
        });
    }

    /**
     * Registers the number as this case's return, or answers USED_BY_ANOTHER_CASE (recorded on the earlier
     * registration, with the command's ID). False when nothing is left to do (a reuse, or a repeat).
     */
    private boolean registerAsReturn(Envelope envelope, WatchReturn command) {
        return OptimisticRetry.run(() -> {
            ParcelDocument document = repository.find(command.trackingNo()).orElse(null);
            if (document == null) {
                repository.save(new ParcelDocument(Parcel.registerReturn(command.trackingNo(), command.carrier(),
                        command.order(), command.caseId(), command.returnAddress(), command.requestedAt())));
                return true;
            }
            if (document.alreadyProcessed(envelope.id())) {
                log.debug("watch-return {} already answered, dropped", envelope.id());
                return false;
            }
            Parcel parcel = document.parcel();
            if (!parcel.isReturnOf(command.order(), command.caseId())) {
                log.warn("return waybill {} of {} is already registered to case {} (order {})", command.trackingNo(),
                        command.caseId(), parcel.caseId(), parcel.order().key());
                ReturnWaybillChecked reused = parcel.reusedBy(command.order(), command.caseId(), command.carrier(),
                        clock.instant());
                document.enqueue(outgoing.causedBy(envelope, reused));
                document.markProcessed(envelope.id());
                repository.save(document);
                return false;
            }
            parcel.watchReturn(command.caseId(), command.requestedAt(), command.returnAddress());
            repository.save(document);
            return true;
        });
    }
}
