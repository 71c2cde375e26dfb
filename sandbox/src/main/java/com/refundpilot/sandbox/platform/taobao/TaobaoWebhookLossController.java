package com.refundpilot.sandbox.platform.taobao;

import com.refundpilot.sandbox.common.PushLossControls;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Control API: make TOP lose pushes (Taobao's and Tmall's, one rule), see what it lost, deliver the lost ones late. */
@RestController
@RequestMapping("/sandbox/platforms/taobao/webhook-loss")
class TaobaoWebhookLossController extends PushLossControls {

    TaobaoWebhookLossController(TaobaoWebhookPusher pusher) {
        super(pusher.loss());
    }
}
