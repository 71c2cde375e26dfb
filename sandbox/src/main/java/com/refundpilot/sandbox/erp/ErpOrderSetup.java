package com.refundpilot.sandbox.erp;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * The warehouse staff set an order up (control API). {@code forceShip} (the warehouse ships no matter
 * what) and {@code voidFails} (the picking list cannot be voided) are the sandbox's failure knobs;
 * {@code labelPrinted} says the waybill label was already printed (allocated or shipped orders only).
 */
public record ErpOrderSetup(
        String platform,
        @NotBlank String shopId,
        @NotNull Fulfilment fulfilment,
        Boolean forceShip,
        Boolean voidFails,
        String carrier,
        String trackingNo,
        @PositiveOrZero Integer weightGrams,
        @Valid Consignee consignee,
        ErpItem item,
        Boolean labelPrinted) {
}
