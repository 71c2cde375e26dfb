package com.refundpilot.warehouse.domain;

import com.refundpilot.contracts.vocabulary.Address;
import com.refundpilot.contracts.vocabulary.FulfilmentState;
import com.refundpilot.contracts.vocabulary.ItemAttributes;
import java.util.List;
import java.util.Objects;

/**
 * An order as the ERP last showed it. Carrier and tracking number are set once it shipped. The later fields
 * are null when the ERP did not say: {@code labelPrinted} (the morning batch printed the waybill),
 * {@code weightGrams} (the expected parcel weight), {@code destination} (the consignee's province/city; never
 * the street) and {@code item}.
 */
public record ErpOrderSnapshot(
        String orderId,
        FulfilmentState state,
        boolean forceShip,
        boolean cancelled,
        boolean interceptedInWarehouse,
        List<String> flags,
        String carrier,
        String trackingNo,
        Boolean labelPrinted,
        Integer weightGrams,
        Address destination,
        ItemAttributes item) {

    public ErpOrderSnapshot {
        Objects.requireNonNull(state, "state");
        flags = flags == null ? List.of() : List.copyOf(flags);
    }
}
