package com.refundpilot.sandbox.platform.douyin;

import com.refundpilot.sandbox.platform.taobao.RefundSnapshot;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The pushes that follow the merchant's own calls, on the background thread (the caller never waits on its own
 * webhook): the platform's echo of the decision, and the change it caused (206 after an agree, 209 after an extension).
 */
@Component
class DouyinPushes {

    private final DouyinMessages messages;
    private final DouyinWebhookPusher pusher;

    DouyinPushes(DouyinMessages messages, DouyinWebhookPusher pusher) {
        this.messages = messages;
        this.pusher = pusher;
    }

    void echoThenChange(DouyinTag echo, String topic, RefundSnapshot after) {
        pusher.pushLater(messages.refund(topic, after, Map.of(), echo == null ? List.of() : List.of(echo)));
    }

    void echo(DouyinTag echo, RefundSnapshot after) {
        pusher.pushLater(messages.echoes(after, List.of(echo)));
    }
}
