package com.refundpilot.logistics.domain;

import com.refundpilot.contracts.envelope.Event;
import com.refundpilot.contracts.events.CourierAnswered;
import com.refundpilot.contracts.events.InterceptFailed;
import com.refundpilot.contracts.events.InterceptRequested;
import com.refundpilot.contracts.events.ParcelStalled;
import com.refundpilot.contracts.events.ParcelStatusReported;
import com.refundpilot.contracts.events.ReturnWaybillChecked;
import com.refundpilot.contracts.events.TrackingUpdated;
import com.refundpilot.contracts.vocabulary.Address;
import com.refundpilot.contracts.vocabulary.OrderRef;
import com.refundpilot.contracts.vocabulary.TrackingStatus;
import com.refundpilot.contracts.vocabulary.WaybillVerdict;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The aggregate: one parcel this service acts on (key: tracking number), tied to the order and case it
 * belongs to so that courier tracking, which knows only the tracking number, reaches the right order. Keeps
 * the last tracking state and movement time, the requests sent to the courier, and, while it is watched, how
 * far stall detection got: {@code stallsCheckedUpTo} is the instant up to which every stall threshold counts as
 * handled (reported, or already passed when the watch started), so a threshold is reported at most once per
 * movement. A buyer's return parcel also carries its {@link ReturnWatch} (the waybill check and its re-check).
 * Pure Java: no framework types (an ArchUnit test keeps it so).
 */
public final class Parcel {

    public static final String COURIER_UNAVAILABLE = "COURIER_UNAVAILABLE";
    public static final String UNKNOWN_PARCEL = "UNKNOWN_PARCEL";
    static final int INTERCEPTS_KEPT = 50;
    static final int REQUESTS_KEPT = 50;
    static final int IGNORED_KEPT = 50;

    private String trackingNo;
    private String carrier;
    private OrderRef order;
    private String caseId;
    private TrackingStatus lastStatus;
    private Instant lastEventAt;
    private Instant lastMovementAt;
    private String province;
    private String city;
    private List<InterceptAttempt> intercepts = new ArrayList<>();
    private Address destination;
    private boolean watched;
    private Instant stallsCheckedUpTo;
    private List<CourierRequestAttempt> requests = new ArrayList<>();
    private ReturnWatch returnWatch;
    private List<IgnoredUpdate> ignoredUpdates = new ArrayList<>();

    private Parcel() {
        // for the persistence mapper
    }

    public static Parcel register(String trackingNo, String carrier, OrderRef order, String caseId) {
        var parcel = new Parcel();
        parcel.trackingNo = Objects.requireNonNull(trackingNo, "trackingNo");
        parcel.order = Objects.requireNonNull(order, "order");
        parcel.carrier = carrier;
        parcel.caseId = caseId;
        return parcel;
    }

    /** A buyer's return waybill, registered for the case that asked for the return. */
    public static Parcel registerReturn(String trackingNo, String carrier, OrderRef order, String caseId,
            Address returnAddress, Instant requestedAt) {
        var parcel = register(trackingNo, carrier, order, Objects.requireNonNull(caseId, "caseId"));
        parcel.destination = returnAddress;
        parcel.returnWatch = ReturnWatch.start(caseId, requestedAt);
        return parcel;
    }

    /**
     * Whether this registered number is the return waybill of this very case and order; anything else (another
     * case's or order's parcel, or this case's own delivery) means the buyer reused a number (RR-3).
     */
    public boolean isReturnOf(OrderRef returnOrder, String returnCase) {
        return returnWatch != null && returnWatch.caseId().equals(returnCase) && order.equals(returnOrder);
    }

    /** The answer to a waybill that was registered before to someone else: nothing is re-tied, nothing watched. */
    public ReturnWaybillChecked reusedBy(OrderRef returnOrder, String returnCase, String returnCarrier, Instant now) {
        return new ReturnWaybillChecked(returnOrder, returnCase, returnCarrier, trackingNo,
                WaybillVerdict.USED_BY_ANOTHER_CASE, null, null, null, caseId != null ? caseId : order.key(), now);
    }

    /**
     * (Re)starts watching this case's return: a new request time, the re-check count from zero, the destination
     * (the shop's return address) when given.
     */
    public void watchReturn(String forCase, Instant requestedAt, Address returnAddress) {
        caseId = forCase;
        returnWatch = ReturnWatch.start(forCase, requestedAt);
        destinedFor(returnAddress);
    }

    /**
     * Checks the return waybill against what the courier shows and watches the parcel like any other (stalls from
     * its last movement). Known: COLLECTED_BEFORE_REQUEST when its first scan is before the buyer's request, else OK;
     * the re-check is done. Unknown: UNKNOWN_TO_COURIER, and the first time a re-check {@code check.recheckAfter()}
     * later (the second unknown is final). Courier unavailable: no verdict, asked again {@code check.retryAfter()}
     * later. Empty for an outbound parcel.
     */
    public Optional<ReturnWaybillChecked> checkReturn(ShipmentLookup lookup, Instant now, WaybillCheck check) {
        if (returnWatch == null) {
            return Optional.empty();
        }
        if (lookup instanceof ShipmentLookup.Unavailable) {
            returnWatch = returnWatch.recheckAt(now.plus(check.retryAfter()));
            return Optional.empty();
        }
        observe(lookup, now);
        if (lookup instanceof ShipmentLookup.Found found) {
            returnWatch = returnWatch.recheckAt(null);
            boolean early = found.collectedAt() != null && found.collectedAt().isBefore(returnWatch.requestedAt());
            return Optional.of(new ReturnWaybillChecked(order, returnWatch.caseId(), carrier, trackingNo,
                    early ? WaybillVerdict.COLLECTED_BEFORE_REQUEST : WaybillVerdict.OK, found.status(),
                    lastMovementAt, location(), null, now));
        }
        returnWatch = returnWatch.unknownOnceMore(returnWatch.unknownAnswers() == 0 ? now.plus(check.recheckAfter())
                : null);
        return Optional.of(new ReturnWaybillChecked(order, returnWatch.caseId(), carrier, trackingNo,
                WaybillVerdict.UNKNOWN_TO_COURIER, null, null, null, null, now));
    }

    /** When the return waybill is to be asked about again, if it is. */
    public Optional<Instant> nextRecheckAt() {
        return returnWatch == null ? Optional.empty() : Optional.ofNullable(returnWatch.recheckAt());
    }

    /**
     * Ties the parcel to the case now acting on it (the latest command wins); a carrier learnt late is kept.
     * Returns whether anything changed.
     */
    public boolean assign(OrderRef newOrder, String newCaseId, String newCarrier) {
        boolean changed = false;
        if (!Objects.equals(order, newOrder)) {
            order = Objects.requireNonNull(newOrder, "order");
            changed = true;
        }
        if (newCaseId != null && !newCaseId.equals(caseId)) {
            caseId = newCaseId;
            changed = true;
        }
        if (newCarrier != null && !newCarrier.equals(carrier)) {
            carrier = newCarrier;
            changed = true;
        }
        return changed;
    }

    /** Where the parcel should arrive, when the command knows (an unknown one keeps what was known). */
    public boolean destinedFor(Address newDestination) {
        if (newDestination == null || newDestination.equals(destination)) {
            return false;
        }
        destination = newDestination;
        return true;
    }

    /**
     * Starts (or restarts) watching for a case with what the courier shows now. Stall thresholds already passed
     * are not reported (the report carries {@code lastMovementAt}); a parcel whose journey is over is not watched.
     * Without a known last movement (courier unknown or down), stalls are counted from the first movement seen.
     */
    public ParcelStatusReported watch(String forCase, ShipmentLookup lookup, Instant now) {
        caseId = forCase;
        observe(lookup, now);
        if (lookup instanceof ShipmentLookup.Found found) {
            return new ParcelStatusReported(order, forCase, carrier, trackingNo, found.status(), lastMovementAt,
                    location(), null);
        }
        String code = lookup instanceof ShipmentLookup.Unknown ? UNKNOWN_PARCEL : COURIER_UNAVAILABLE;
        return new ParcelStatusReported(order, forCase, carrier, trackingNo, null, null, null, code);
    }

    private void observe(ShipmentLookup lookup, Instant now) {
        stallsCheckedUpTo = now;
        if (lookup instanceof ShipmentLookup.Found found) {
            lastStatus = found.status();
            if (found.lastMovementAt() != null
                    && (lastMovementAt == null || found.lastMovementAt().isAfter(lastMovementAt))) {
                lastMovementAt = found.lastMovementAt();
            }
            if (found.province() != null) {
                province = found.province();
                city = found.city();
            }
        }
        watched = lastStatus == null || !TrackingCodes.endsWatch(lastStatus);
    }

    /** When the next stall is due, if the parcel is watched and a threshold is left for its last movement. */
    public Optional<Instant> nextStallAt(StallSchedule schedule) {
        if (!watched || lastMovementAt == null) {
            return Optional.empty();
        }
        return schedule.next(lastMovementAt, stallsCheckedUpTo).map(lastMovementAt::plus);
    }

    /**
     * The stall due now, if any: the next threshold, reported once. Nothing when the parcel moved since the timer
     * was set (its next stall is later) or the watch ended. Thresholds passed together are reported one by one.
     */
    public Optional<ParcelStalled> stallDue(StallSchedule schedule, Instant now) {
        Optional<Instant> due = nextStallAt(schedule);
        if (due.isEmpty() || due.get().isAfter(now)) {
            return Optional.empty();
        }
        Duration stalledFor = Duration.between(lastMovementAt, due.get());
        stallsCheckedUpTo = due.get();
        return Optional.of(new ParcelStalled(order, caseId, carrier, trackingNo, lastMovementAt, stalledFor,
                destination));
    }

    /** The courier answered a request (nudge, verification, proof, claim, correction): the event to publish. */
    public CourierAnswered courierAnswered(String forCase, CourierRequest request, CourierReply reply, Instant now) {
        if (requests == null) {
            requests = new ArrayList<>();
        }
        requests.add(new CourierRequestAttempt(now, forCase, request.kind(), request.requestId(), reply.ok(),
                reply.code(), reply.claimId()));
        if (requests.size() > REQUESTS_KEPT) {
            requests.subList(0, requests.size() - REQUESTS_KEPT).clear();
        }
        return new CourierAnswered(order, forCase, trackingNo, request.kind(), reply.ok(), reply.code(),
                reply.detail(), reply.proofUrl(), reply.claimId(), null);
    }

    /** The courier answered an intercept request: the event to publish. */
    public Event interceptAnswered(String forCase, String requestId, InterceptAnswer answer, Instant now) {
        Event event;
        if (answer instanceof InterceptAnswer.Accepted) {
            log(new InterceptAttempt(now, forCase, requestId, true, null));
            event = new InterceptRequested(order, forCase, carrier, trackingNo);
        } else if (answer instanceof InterceptAnswer.Refused refused) {
            log(new InterceptAttempt(now, forCase, requestId, false, refused.code()));
            event = new InterceptFailed(order, forCase, carrier, trackingNo, refused.code(), refused.detail());
        } else {
            log(new InterceptAttempt(now, forCase, requestId, false, COURIER_UNAVAILABLE));
            event = new InterceptFailed(order, forCase, carrier, trackingNo, COURIER_UNAVAILABLE,
                    ((InterceptAnswer.Unavailable) answer).detail());
        }
        return event;
    }

    /**
     * A tracking event for this parcel: always reported (it is a fact, even when it arrives late); the parcel's
     * current state only moves forward in time. A report without a province keeps the last known location.
     */
    public TrackingUpdated track(TrackingReport report) {
        if (report.carrier() != null) {
            carrier = report.carrier();
        }
        // Province and city travel together: a new province with the old city would be a place nobody saw.
        boolean located = report.province() != null;
        String atProvince = located ? report.province() : province;
        String atCity = located ? report.city() : city;
        if (lastEventAt == null || !report.at().isBefore(lastEventAt)) {
            lastStatus = report.status();
            lastEventAt = report.at();
            province = atProvince;
            city = atCity;
        }
        if (TrackingCodes.isMovement(report.status())
                && (lastMovementAt == null || report.at().isAfter(lastMovementAt))) {
            lastMovementAt = report.at();
            stallsCheckedUpTo = report.at(); // a movement starts the stall count again
        }
        if (TrackingCodes.endsWatch(report.status())) {
            watched = false;
        }
        return new TrackingUpdated(order, carrier, trackingNo, report.status(), report.at(), atProvince, atCity);
    }

    /** A feed update without canonical meaning: kept (the latest {@value #IGNORED_KEPT}), nothing else changes. */
    public void keepIgnored(IgnoredUpdate update) {
        if (ignoredUpdates == null) {
            ignoredUpdates = new ArrayList<>();
        }
        ignoredUpdates.add(update);
        if (ignoredUpdates.size() > IGNORED_KEPT) {
            ignoredUpdates.subList(0, ignoredUpdates.size() - IGNORED_KEPT).clear();
        }
    }

    private void log(InterceptAttempt attempt) {
        intercepts.add(attempt);
        if (intercepts.size() > INTERCEPTS_KEPT) {
            intercepts.subList(0, intercepts.size() - INTERCEPTS_KEPT).clear();
        }
    }

    public String trackingNo() {
        return trackingNo;
    }

    public String carrier() {
        return carrier;
    }

    public OrderRef order() {
        return order;
    }

    public String caseId() {
        return caseId;
    }

    public TrackingStatus lastStatus() {
        return lastStatus;
    }

    public Instant lastEventAt() {
        return lastEventAt;
    }

    public Instant lastMovementAt() {
        return lastMovementAt;
    }

    public String province() {
        return province;
    }

    public String city() {
        return city;
    }

    public List<InterceptAttempt> intercepts() {
        return List.copyOf(intercepts);
    }

    public Address destination() {
        return destination;
    }

    public boolean watched() {
        return watched;
    }

    public List<CourierRequestAttempt> requests() {
        return requests == null ? List.of() : List.copyOf(requests);
    }

    public ReturnWatch returnWatch() {
        return returnWatch;
    }

    public List<IgnoredUpdate> ignoredUpdates() {
        return ignoredUpdates == null ? List.of() : List.copyOf(ignoredUpdates);
    }

    private Address location() {
        return province == null || province.isBlank() ? null : new Address(province, city);
    }
}
