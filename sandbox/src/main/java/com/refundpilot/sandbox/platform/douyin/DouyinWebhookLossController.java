package com.refundpilot.sandbox.platform.douyin;

import com.refundpilot.sandbox.common.PushLossControls;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Control API: make Douyin lose push batches ({@code topic} = a message name such as doudian_refund_RefundCreated). */
@RestController
@RequestMapping("/sandbox/platforms/douyin/webhook-loss")
class DouyinWebhookLossController extends PushLossControls {

    DouyinWebhookLossController(DouyinWebhookPusher pusher) {
        super(pusher.loss());
    }
}
