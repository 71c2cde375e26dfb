package com.refundpilot.sandbox.courier;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Control API: play the courier (set parcels up, move them) and read what the courier was asked. */
@RestController
@RequestMapping("/sandbox/courier/shipments")
public class CourierControlController {

    private final Shipments shipments;
    private final TrackingPusher pusher;
    private final Clock clock;

    public CourierControlController(Shipments shipments, TrackingPusher pusher, Clock clock) {
        this.shipments = shipments;
        this.pusher = pusher;
        this.clock = clock;
    }

    @PutMapping("/{trackingNo}")
    public ResponseEntity<ShipmentView> put(@PathVariable String trackingNo, @Valid @RequestBody ShipmentSetup setup) {
        boolean created = shipments.put(trackingNo, setup, clock.instant());
        return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK)
                .body(shipments.get(trackingNo).view());
    }

    /** The push happens after the parcel's state changed, outside its lock. */
    @PostMapping("/{trackingNo}/events")
    public EventOutcome event(@PathVariable String trackingNo, @Valid @RequestBody ShipmentEventRequest event) {
        Shipment shipment = shipments.get(trackingNo);
        Shipment.Moved moved = shipment.move(event, clock.instant());
        TrackingPusher.Delivery delivery = pusher.push(moved.push(), moved.traces());
        return new EventOutcome(shipment.view(), moved.push(), delivery.status(), delivery.feed().wireName());
    }

    @GetMapping("/{trackingNo}/actions")
    public List<CourierActionEntry> actions(@PathVariable String trackingNo) {
        return shipments.get(trackingNo).actions();
    }
}
