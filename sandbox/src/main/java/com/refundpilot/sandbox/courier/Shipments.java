package com.refundpilot.sandbox.courier;

import com.refundpilot.sandbox.common.UnknownResourceException;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** The courier network's parcels, in memory. */
@Component
public class Shipments {

    private final Map<String, Shipment> shipments = new ConcurrentHashMap<>();

    /** Creates or replaces; answers true when the parcel is new. */
    public boolean put(String trackingNo, ShipmentSetup setup, Instant now) {
        boolean[] created = {false};
        Shipment shipment = shipments.computeIfAbsent(trackingNo, id -> {
            created[0] = true;
            return new Shipment(id, setup, now);
        });
        if (!created[0]) {
            shipment.replace(setup, now);
        }
        return created[0];
    }

    public Shipment get(String trackingNo) {
        Shipment shipment = shipments.get(trackingNo);
        if (shipment == null) {
            throw new UnknownResourceException("shipment", trackingNo);
        }
        return shipment;
    }
}
