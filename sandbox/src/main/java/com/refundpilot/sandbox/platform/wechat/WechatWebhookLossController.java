package com.refundpilot.sandbox.platform.wechat;

import com.refundpilot.sandbox.common.PushLossControls;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Control API: make WeChat lose event pushes ({@code topic} = the Event, e.g. channels_ec_aftersale_update). */
@RestController
@RequestMapping("/sandbox/platforms/wechat-channels/webhook-loss")
class WechatWebhookLossController extends PushLossControls {

    WechatWebhookLossController(WechatWebhookPusher pusher) {
        super(pusher.loss());
    }
}
