package com.refundpilot.sandbox.platform.pdd;

import com.refundpilot.sandbox.platform.taobao.PushLoss;
import com.refundpilot.sandbox.platform.taobao.WebhookLossView;
import org.springframework.stereotype.Component;

/** Pinduoduo's message frames lost on purpose: {@code /sandbox/platforms/pinduoduo/webhook-loss}. */
@Component
class PddWebhookLoss extends PushLoss<PddMessage> {

    PddWebhookLoss() {
        super(message -> new WebhookLossView.Held(message.id(), message.type(), message.refundId(),
                message.complaintId()));
    }
}
