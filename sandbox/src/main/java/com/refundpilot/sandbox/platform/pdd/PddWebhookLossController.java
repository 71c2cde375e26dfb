package com.refundpilot.sandbox.platform.pdd;

import com.refundpilot.sandbox.common.PushLossControls;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Control API: make Pinduoduo lose message frames ({@code topic} = the type, e.g. pdd_refund_RefundCreated). */
@RestController
@RequestMapping("/sandbox/platforms/pinduoduo/webhook-loss")
class PddWebhookLossController extends PushLossControls {

    PddWebhookLossController(PddWebhookPusher pusher) {
        super(pusher.loss());
    }
}
