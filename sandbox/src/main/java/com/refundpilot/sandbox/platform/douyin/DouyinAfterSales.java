package com.refundpilot.sandbox.platform.douyin;

import com.refundpilot.sandbox.platform.taobao.Intervention;
import com.refundpilot.sandbox.platform.taobao.RefundSnapshot;
import com.refundpilot.sandbox.platform.taobao.RefundStatus;

/** What both the pushes and the detail read say about an after-sale's deadline and arbitration. */
final class DouyinAfterSales {

    private DouyinAfterSales() {
    }

    /**
     * {@code status_deadline}: the current step's deadline in epoch seconds — the merchant's while it binds (not while
     * staff intervene), the buyer's while the return is the buyer's turn — else 0.
     */
    static long statusDeadline(RefundSnapshot refund) {
        boolean staffDecide = refund.intervention() != null && refund.intervention().verdict() == null;
        boolean buyersTurn = refund.status() == RefundStatus.WAIT_BUYER_RETURN_GOODS && !staffDecide;
        return refund.waitingOnMerchant() || buyersTurn ? DouyinTime.seconds(refund.deadline()) : 0;
    }

    /** Sandbox values: 0 none, 1 staff intervened (evidence awaited), 3 decided. */
    static int arbitrateStatus(Intervention intervention) {
        if (intervention == null) {
            return 0;
        }
        return intervention.verdict() == null ? 1 : 3;
    }

    /** 1 for the buyer, 2 for the merchant (the Java SDK's ArbitrateAudited), 0 while undecided. */
    static int conclusion(Intervention intervention) {
        if (intervention == null || intervention.verdict() == null) {
            return 0;
        }
        return intervention.verdict() == Intervention.VerdictFor.BUYER ? 1 : 2;
    }

    static String arbitrateId(String refundId) {
        return refundId + "_001";
    }

    static boolean decidedByStaff(RefundSnapshot refund) {
        return refund.intervention() != null && refund.intervention().verdict() != null;
    }
}
