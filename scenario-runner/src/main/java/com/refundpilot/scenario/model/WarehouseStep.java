package com.refundpilot.scenario.model;

import java.time.Duration;
import java.util.Objects;

/**
 * The warehouse / ERP reports ({@code warehouse:}). Components the event does not use are null.
 *
 * @param at when
 * @param event what happened
 * @param trackingNo the return parcel (RETURN_RECEIVED, INSPECTED, PARCEL_WEIGHT), or null
 * @param result inspection result (INSPECTED)
 * @param receivedQuantity units that came back (INSPECTED), or null
 * @param grams weighed parcel weight (PARCEL_WEIGHT)
 * @param expectedGrams weight the ERP expects (PARCEL_WEIGHT)
 */
public record WarehouseStep(
        Duration at,
        WarehouseEvent event,
        String trackingNo,
        InspectionResult result,
        Integer receivedQuantity,
        Long grams,
        Long expectedGrams)
        implements Step {

    public WarehouseStep {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(event, "event");
    }

    @Override
    public String actor() {
        return "warehouse";
    }
}
