package com.refundpilot.sandbox.platform.taobao;

import org.springframework.stereotype.Component;

/**
 * Records each push attempt, of any platform's wire, on the refund or the complaint it is about (the oracle's
 * {@code deliveries}): a refund's ID when the push has one, else the complaint's.
 */
@Component
public class DeliveryLog {

    private final TaobaoRefunds refunds;
    private final TaobaoComplaints complaints;

    public DeliveryLog(TaobaoRefunds refunds, TaobaoComplaints complaints) {
        this.refunds = refunds;
        this.complaints = complaints;
    }

    public void record(String refundId, String complaintId, WebhookDelivery delivery) {
        if (refundId != null) {
            refunds.find(refundId).ifPresent(refund -> refund.recordDelivery(delivery));
        } else {
            complaints.find(complaintId).ifPresent(complaint -> complaint.recordDelivery(delivery));
        }
    }
}
