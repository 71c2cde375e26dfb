package com.refundpilot.sandbox.platform.taobao;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/** The oracle's view of a complaint. */
public record ComplaintView(
        String complaintId,
        String shopId,
        String orderId,
        ComplaintKind kind,
        String status,
        Instant created,
        Instant deadline,
        List<RefundAction> actions,
        List<WebhookDelivery> webhooks,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<Integer> pushes) {
}
