package com.refundpilot.sandbox.platform.taobao;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A buyer's complaint about an order. {@code actions} are the merchant's answers received for it (none of the
 * merchant's complaint methods exist yet, so it stays empty; the oracle shows it so a scenario can say so).
 */
public class TaobaoComplaint {

    private final String complaintId;
    private final String shopId;
    private final String orderId;
    private final ComplaintKind kind;
    private final Instant created;
    private final Instant deadline;
    private final List<RefundAction> actions = new ArrayList<>();
    private final List<WebhookDelivery> webhooks = new ArrayList<>();

    public TaobaoComplaint(String complaintId, String shopId, String orderId, ComplaintKind kind, Instant created,
            Instant deadline) {
        this.complaintId = complaintId;
        this.shopId = shopId;
        this.orderId = orderId;
        this.kind = kind;
        this.created = created;
        this.deadline = deadline;
    }

    public String complaintId() {
        return complaintId;
    }

    public String shopId() {
        return shopId;
    }

    public synchronized ComplaintView view(List<Integer> pushes) {
        return new ComplaintView(complaintId, shopId, orderId, kind, "WAIT_SELLER_HANDLE", created, deadline,
                List.copyOf(actions), List.copyOf(webhooks), pushes);
    }

    public synchronized void recordDelivery(WebhookDelivery delivery) {
        webhooks.add(delivery);
    }
}
