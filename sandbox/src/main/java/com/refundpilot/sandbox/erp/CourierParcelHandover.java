package com.refundpilot.sandbox.erp;

import com.refundpilot.sandbox.common.UnknownResourceException;
import com.refundpilot.sandbox.courier.ShipmentSetup;
import com.refundpilot.sandbox.courier.Shipments;
import com.refundpilot.sandbox.courier.TrackingCode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hands a new parcel to the sandbox courier (in the same JVM, through its {@link Shipments} registry), so the
 * scenario can move it like any other parcel. The setup is built the way the courier's control API reads it
 * (JSON into {@link ShipmentSetup}), so a field the courier adds later (its destination) is simply filled in
 * when the courier knows it, and ignored until then.
 */
@Component
class CourierParcelHandover implements ParcelHandover {

    private final Shipments shipments;
    private final JsonMapper json;

    CourierParcelHandover(Shipments shipments, JsonMapper json) {
        this.shipments = shipments;
        this.json = json;
    }

    @Override
    public boolean knows(String trackingNo) {
        try {
            shipments.get(trackingNo);
            return true;
        } catch (UnknownResourceException unknown) {
            return false;
        }
    }

    @Override
    public void collect(String carrier, String trackingNo, Consignee destination, Instant now) {
        Map<String, Object> setup = new LinkedHashMap<>();
        setup.put("carrier", carrier);
        setup.put("status", TrackingCode.COLLECTED.name());
        setup.put("lastMovementAt", now.toString());
        if (destination != null) {
            Map<String, Object> to = new LinkedHashMap<>();
            to.put("province", destination.province());
            to.put("city", destination.city());
            setup.put("destination", to);
        }
        shipments.put(trackingNo, json.convertValue(setup, ShipmentSetup.class), now);
    }
}
