package com.refundpilot.platform.domain.taobao;

import com.refundpilot.platform.domain.reconcile.RefundState;

/**
 * One refund of a {@code taobao.refunds.receive.get} page, as strings from the wire. {@code refundVersion} and
 * {@code csStatus} are 0 when the list does not carry them (the public field list names neither).
 */
public record TaobaoListedRefund(String refundId, String tid, String sellerNick, String status, String modified,
        long refundVersion, int csStatus, String refundFee, String totalFee, String payment) {

    public RefundState state() {
        return new RefundState(status, refundVersion, TaobaoChanges.instantOrNull(modified), csStatus);
    }

    /** What was refunded, as yuan, read as the order's total minus what the seller keeps; null when either is missing. */
    public String refundedYuan() {
        if (totalFee == null || payment == null) {
            return null;
        }
        try {
            return TaobaoWire.yuan(TaobaoWire.fen(totalFee) - TaobaoWire.fen(payment));
        } catch (RuntimeException malformed) {
            return null;
        }
    }
}
