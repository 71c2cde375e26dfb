package com.refundpilot.sandbox.platform.taobao;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * The oracle's view of a complaint. {@code answer} (ACCEPT | REJECT) and {@code compensationFen} are the merchant's
 * answer (null and 0 before it); {@code actions} what the merchant and the platform did, with amounts.
 */
public record ComplaintView(
        String complaintId,
        String shopId,
        String orderId,
        ComplaintKind kind,
        String status,
        Instant created,
        Instant deadline,
        Instant promisedShipBy,
        Instant shippedAt,
        String answer,
        long compensationFen,
        Intervention intervention,
        List<RefundAction> actions,
        List<WebhookDelivery> webhooks,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<Integer> pushes) {
}
