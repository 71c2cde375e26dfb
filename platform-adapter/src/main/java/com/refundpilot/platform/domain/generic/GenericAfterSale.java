package com.refundpilot.platform.domain.generic;

import java.time.Instant;

/**
 * The after-sale object of the generic protocol (docs/generic-platform-protocol.md), as read from a push or from
 * {@code GET /after-sales/{id}}. Money in fen, times as instants; {@code deadline} is null while none runs.
 */
public record GenericAfterSale(
        String afterSaleId,
        String orderId,
        String shopId,
        String type,
        String status,
        long version,
        String reason,
        long amountFen,
        int quantity,
        long orderPaidFen,
        int orderQuantity,
        String sku,
        Instant createdAt,
        Instant updatedAt,
        Instant deadline,
        long refundedFen,
        String returnCarrier,
        String returnTrackingNo,
        boolean returnAddressGiven,
        boolean receiptExtended,
        GenericIntervention intervention,
        /** The merchant reported the shipment cancelled (ADR 0011); false when the platform does not say. */
        boolean shipmentCancelReported) {

    public static final String WAITING_MERCHANT = "WAITING_MERCHANT";
    public static final String MERCHANT_REFUSED = "MERCHANT_REFUSED";
    public static final String WAITING_BUYER_CONFIRM = "WAITING_BUYER_CONFIRM";
    public static final String REFUNDED = "REFUNDED";

    public boolean waitsOnMerchant() {
        return WAITING_MERCHANT.equals(status);
    }

    /** Platform staff decided the dispute: its end is their verdict. */
    public boolean decidedByPlatform() {
        return intervention != null && intervention.decided();
    }
}
