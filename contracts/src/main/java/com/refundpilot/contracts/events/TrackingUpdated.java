package com.refundpilot.contracts.events;

import com.refundpilot.contracts.Require;
import com.refundpilot.contracts.envelope.Event;
import com.refundpilot.contracts.vocabulary.OrderRef;
import com.refundpilot.contracts.vocabulary.TrackingStatus;
import java.time.Instant;

/** A courier feed reported a parcel's new state; location is where the courier saw it. */
public record TrackingUpdated(OrderRef order, String carrier, String trackingNo, TrackingStatus status,
        Instant at, String province, String city) implements Event {

    public TrackingUpdated {
        Require.present(order, "order");
        Require.text(trackingNo, "trackingNo");
        Require.present(status, "status");
        Require.present(at, "at");
    }
}
