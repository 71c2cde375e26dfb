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

    /** The parcel a courier claim ID belongs to; 404 when no parcel has such a claim. */
    public Shipment withClaim(String claimId) {
        return shipments.values().stream().filter(shipment -> shipment.claim(claimId) != null).findFirst()
                .orElseThrow(() -> new UnknownResourceException("claim", claimId));
    }

    public Shipment get(String trackingNo) {
        Shipment shipment = shipments.get(trackingNo);
        if (shipment == null) {
            throw new UnknownResourceException("shipment", trackingNo);
        }
        return shipment;
    }
}
