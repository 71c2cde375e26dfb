package com.refundpilot.sandbox.courier;

import com.refundpilot.sandbox.common.ConflictException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One parcel in the courier network. Lives as long as its tracking number: a PUT replaces the
 * parcel's state but keeps the action log and remembered answers. All access is synchronized.
 */
public class Shipment {

    private final String trackingNo;
    private String carrier;
    private TrackingCode status;
    private Instant lastMovementAt;
    private String province;
    private String city;
    private boolean interceptRequested;
    private final List<CourierActionEntry> actions = new ArrayList<>();
    /** A remembered refusal code per requestId; null value = accepted. */
    private final Map<String, String> interceptAnswers = new HashMap<>();

    public Shipment(String trackingNo, ShipmentSetup setup, Instant now) {
        this.trackingNo = trackingNo;
        replace(setup, now);
    }

    public synchronized void replace(ShipmentSetup setup, Instant now) {
        carrier = setup.carrier();
        status = setup.status();
        lastMovementAt = Objects.requireNonNullElse(setup.lastMovementAt(), now);
        province = setup.province();
        city = setup.city();
        interceptRequested = false;
    }

    public synchronized ShipmentView view() {
        return new ShipmentView(trackingNo, carrier, status, lastMovementAt, province, city, interceptRequested);
    }

    public synchronized List<CourierActionEntry> actions() {
        return List.copyOf(actions);
    }

    /** Accepts the intercept request unless the parcel was signed; once per requestId. */
    public synchronized void requestIntercept(String requestId, String reason, Instant now) {
        if (!interceptAnswers.containsKey(requestId)) {
            String refusal = status.signed() ? "ALREADY_SIGNED" : null;
            if (refusal == null) {
                interceptRequested = true;
            }
            interceptAnswers.put(requestId, refusal);
            actions.add(new CourierActionEntry(CourierActionEntry.INTERCEPT, now, requestId, refusal == null, refusal,
                    reason));
        }
        String refusal = interceptAnswers.get(requestId);
        if (refusal != null) {
            throw new ConflictException(refusal, "parcel " + trackingNo + " was already signed for");
        }
    }

    /** The courier moves the parcel; answers the tracking push describing the move. */
    public synchronized TrackingPush apply(ShipmentEventRequest event, Instant now) {
        status = event.event().statusAfter(status);
        if (event.event().movesParcel()) {
            lastMovementAt = now;
        }
        if (event.province() != null) {
            province = event.province();
        }
        if (event.city() != null) {
            city = event.city();
        }
        return new TrackingPush(trackingNo, carrier, event.event(), now, province, city);
    }
}
