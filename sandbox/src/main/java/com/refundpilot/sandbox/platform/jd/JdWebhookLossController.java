package com.refundpilot.sandbox.platform.jd;

import com.refundpilot.sandbox.common.PushLossControls;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Control API: make JD lose message batches ({@code refundId} = the bill's serviceId). */
@RestController
@RequestMapping("/sandbox/platforms/jd/webhook-loss")
class JdWebhookLossController extends PushLossControls {

    JdWebhookLossController(JdWebhookPusher pusher) {
        super(pusher.loss());
    }
}
