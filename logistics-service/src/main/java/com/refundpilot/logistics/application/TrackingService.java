package com.refundpilot.logistics.application;

import com.refundpilot.contracts.events.TrackingUpdated;
import com.refundpilot.kit.outbox.OptimisticRetry;
import com.refundpilot.kit.outbox.Outgoing;
import com.refundpilot.logistics.adapter.out.mongo.ParcelDocument;
import com.refundpilot.logistics.adapter.out.mongo.ParcelRepository;
import com.refundpilot.logistics.domain.IgnoredUpdate;
import com.refundpilot.logistics.domain.TrackingReport;
import com.refundpilot.logistics.domain.feed.FeedUpdate;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Courier tracking, from any feed once it is in canonical form. A report for a registered parcel becomes a
 * {@link TrackingUpdated} keyed by the parcel's order, written through the parcel's outbox together with the
 * report's natural key (parcel + event + time), so an identical push repeated is recognised and publishes
 * nothing. Reports for parcels this service never acted on are ignored. For a watched parcel, a movement moves
 * its stall timer and the end of its journey (signed, lost) removes it. An update whose courier code has no
 * canonical meaning is kept on the parcel with its reason, once (same key idea), and publishes nothing.
 */
@Service
public class TrackingService {

    /** What became of a report. */
    public enum Outcome { PUBLISHED, DUPLICATE, UNKNOWN_PARCEL, IGNORED }

    private static final Logger log = LoggerFactory.getLogger(TrackingService.class);

    private final ParcelRepository repository;
    private final StallTimers stallTimers;
    private final Outgoing outgoing;
    private final Clock clock;

    public TrackingService(ParcelRepository repository, StallTimers stallTimers, Outgoing outgoing, Clock clock) {
        this.repository = repository;
        this.stallTimers = stallTimers;
        this.outgoing = outgoing;
        this.clock = clock;
    }

    public Outcome record(FeedUpdate update) {
        if (update instanceof FeedUpdate.Tracked tracked) {
            return record(tracked.report());
        }
        return keep((FeedUpdate.Unmapped) update);
    }

    public Outcome record(TrackingReport report) {
        return OptimisticRetry.run(() -> {
            ParcelDocument document = repository.find(report.trackingNo()).orElse(null);
            if (document == null) {
                log.info("tracking {} for unknown parcel {} ignored", report.status(), report.trackingNo());
                return Outcome.UNKNOWN_PARCEL;
            }
            String key = report.naturalKey();
            if (document.alreadyProcessed(key)) {
                return Outcome.DUPLICATE;
            }
            TrackingUpdated event = document.parcel().track(report);
            stallTimers.beforeSave(document.parcel());
            document.enqueue(outgoing.withNaturalId(key, event, null));
            document.markProcessed(key);
            repository.save(document);
            stallTimers.afterSave(document.parcel());
            return Outcome.PUBLISHED;
        });
    }

    private Outcome keep(FeedUpdate.Unmapped update) {
        return OptimisticRetry.run(() -> {
            ParcelDocument document = repository.find(update.trackingNo()).orElse(null);
            if (document == null) {
                log.info("courier code {} for unknown parcel {} ignored", update.code(), update.trackingNo());
                return Outcome.UNKNOWN_PARCEL;
            }
            String key = update.naturalKey();
            if (document.alreadyProcessed(key)) {
                return Outcome.DUPLICATE;
            }
            document.parcel().keepIgnored(new IgnoredUpdate(clock.instant(), update.code(), update.at(),
                    update.reason()));
            document.markProcessed(key);
            repository.save(document);
            log.info("courier code {} for parcel {} kept without effect: {}", update.code(), update.trackingNo(),
                    update.reason());
            return Outcome.IGNORED;
        });
    }
}
