package com.refundpilot.sandbox.platform.taobao;

import org.springframework.stereotype.Component;

/** TOP's pushes (Taobao and Tmall) lost on purpose: {@code /sandbox/platforms/taobao/webhook-loss}. */
@Component
public class TaobaoWebhookLoss extends PushLoss<TmcMessage> {

    public TaobaoWebhookLoss() {
        super(WebhookLossView.Held::of);
    }
}
