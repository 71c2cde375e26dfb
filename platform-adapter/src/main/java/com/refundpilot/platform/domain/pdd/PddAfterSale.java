package com.refundpilot.platform.domain.pdd;

import java.time.Instant;

/**
 * An after-sale as {@code pdd.refund.information.get} shows it (docs/platform-wire-formats/pdd.md §2): PDD's own
 * numbers for type and status, money in fen, {@code expireTime} the merchant's deadline (null while none binds),
 * {@code updatedAt} in epoch milliseconds — the adapter's stand-in for the version PDD does not publish.
 */
public record PddAfterSale(
        String id,
        String orderSn,
        String mallId,
        int type,
        int status,
        String reason,
        long refundAmountFen,
        long refundedAmountFen,
        int goodsNumber,
        int orderGoodsNumber,
        long orderAmountFen,
        String outerId,
        String expressNo,
        String shippingName,
        Instant expireTime,
        Instant createdTime,
        long updatedAt,
        boolean receiptExtended,
        boolean returnAddressGiven,
        int interventionStatus,
        Instant interventionEvidenceDeadline,
        String interventionVerdict) {

    /** Staff decided the dispute (sandbox field {@code intervention_status} 2). */
    public boolean decidedByPlatform() {
        return interventionStatus == 2;
    }

    public boolean returnShipped() {
        return expressNo != null && !expressNo.isBlank();
    }

    /** The stage the after-sale is in: PDD's status code, read with the return waybill. */
    public PddStage stage() {
        return PddStage.of(status, returnShipped());
    }

    /** The detail's time of its last change, as an instant. */
    public Instant updated() {
        return Instant.ofEpochMilli(updatedAt);
    }
}
