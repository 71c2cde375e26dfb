package com.refundpilot.sandbox.platform.jd;

import com.refundpilot.sandbox.platform.taobao.PushLoss;
import com.refundpilot.sandbox.platform.taobao.WebhookLossView;
import org.springframework.stereotype.Component;

/** JD's message batches lost on purpose: {@code /sandbox/platforms/jd/webhook-loss} ({@code refundId}: the bill). */
@Component
class JdWebhookLoss extends PushLoss<JdBatch> {

    JdWebhookLoss() {
        super(batch -> new WebhookLossView.Held(batch.msgId(), batch.topic(), batch.serviceId(), batch.complaintId()));
    }
}
