package com.refundpilot.logistics.domain;

import com.refundpilot.contracts.envelope.Event;
import com.refundpilot.contracts.events.InterceptFailed;
import com.refundpilot.contracts.events.InterceptRequested;
import com.refundpilot.contracts.events.TrackingUpdated;
import com.refundpilot.contracts.vocabulary.OrderRef;
import com.refundpilot.contracts.vocabulary.TrackingStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The aggregate: one parcel this service acts on (key: tracking number), tied to the order and case it
 * belongs to so that courier tracking, which knows only the tracking number, reaches the right order. Keeps
 * the last tracking state and movement time (stall detection, RS-8/RS-9, will read {@link #lastMovementAt()})
 * and the intercept requests sent. Pure Java: no framework types (an ArchUnit test keeps it so).
 */
public final class Parcel {

    public static final String COURIER_UNAVAILABLE = "COURIER_UNAVAILABLE";
    static final int INTERCEPTS_KEPT = 50;

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
     * current state only moves forward in time.
     */
    public TrackingUpdated track(TrackingReport report) {
        if (report.carrier() != null) {
            carrier = report.carrier();
        }
        String atProvince = report.province() != null ? report.province() : province;
        String atCity = report.city() != null ? report.city() : city;
        if (lastEventAt == null || !report.at().isBefore(lastEventAt)) {
            lastStatus = report.status();
            lastEventAt = report.at();
            province = atProvince;
            city = atCity;
        }
        if (TrackingCodes.isMovement(report.status())
                && (lastMovementAt == null || report.at().isAfter(lastMovementAt))) {
            lastMovementAt = report.at();
        }
        return new TrackingUpdated(order, carrier, trackingNo, report.status(), report.at(), atProvince, atCity);
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
}
