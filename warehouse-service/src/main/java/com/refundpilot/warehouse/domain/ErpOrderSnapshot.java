package com.refundpilot.warehouse.domain;

import com.refundpilot.contracts.vocabulary.FulfilmentState;
import java.util.List;
import java.util.Objects;

/** An order as the ERP last showed it. Carrier and tracking number are set once it shipped. */
public record ErpOrderSnapshot(
        String orderId,
        FulfilmentState state,
        boolean forceShip,
        boolean cancelled,
        boolean interceptedInWarehouse,
        List<String> flags,
        String carrier,
        String trackingNo) {

    public ErpOrderSnapshot {
        Objects.requireNonNull(state, "state");
        flags = flags == null ? List.of() : List.copyOf(flags);
    }
}
