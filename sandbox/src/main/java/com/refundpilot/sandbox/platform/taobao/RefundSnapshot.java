package com.refundpilot.sandbox.platform.taobao;

import java.time.Instant;
import java.util.List;

/** A consistent copy of one refund, taken under its lock, from which every view is built. */
public record RefundSnapshot(
        RefundTerms terms,
        RefundStatus status,
        long version,
        Instant deadline,
        Instant modified,
        boolean autoRefunded,
        long refundedFen,
        List<RefundAction> actions,
        List<BuyerMessage> buyerMessages,
        List<WebhookDelivery> webhooks) {

    public boolean waitingOnMerchant() {
        return status == RefundStatus.WAIT_SELLER_AGREE;
    }
}
