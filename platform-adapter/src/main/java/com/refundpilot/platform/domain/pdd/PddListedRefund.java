package com.refundpilot.platform.domain.pdd;

import com.refundpilot.platform.domain.reconcile.RefundState;
import java.time.Instant;

/**
 * One row of {@code pdd.refund.list.increment.get}: the after-sale's and order's IDs, its type (the row numbers it as
 * the detail does, docs/platform-wire-formats/pdd.md §2), status, the return waybill once shipped and the time of its
 * last change, in whole seconds. No version: PDD publishes none.
 */
public record PddListedRefund(String id, String orderSn, int afterSalesType, int afterSalesStatus,
        String trackingNumber, Instant updated) {

    public boolean returnShipped() {
        return trackingNumber != null && !trackingNumber.isBlank();
    }

    public PddStage stage() {
        return PddStage.of(afterSalesStatus, returnShipped());
    }

    /** The row as the watermark compares it (no version, no staff status: the stage says 平台处理中). */
    public RefundState state() {
        return new RefundState(stage().name(), 0, updated, 0);
    }
}
