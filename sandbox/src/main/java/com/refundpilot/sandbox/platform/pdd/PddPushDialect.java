package com.refundpilot.sandbox.platform.pdd;

import com.refundpilot.sandbox.platform.taobao.ComplaintSnapshot;
import com.refundpilot.sandbox.platform.taobao.PlatformPush;
import com.refundpilot.sandbox.platform.taobao.PushDialect;
import com.refundpilot.sandbox.platform.taobao.RefundSnapshot;
import com.refundpilot.sandbox.platform.taobao.SandboxPlatform;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Pinduoduo's pushes: the message frame is built when the change happens, delivered now or later. */
@Component
class PddPushDialect implements PushDialect {

    private final PddMessageFactory messages;
    private final PddWebhookPusher pusher;

    PddPushDialect(PddMessageFactory messages, PddWebhookPusher pusher) {
        this.messages = messages;
        this.pusher = pusher;
    }

    @Override
    public SandboxPlatform platform() {
        return SandboxPlatform.PINDUODUO;
    }

    @Override
    public PlatformPush refundChange(String topic, RefundSnapshot refund, Map<String, Object> extra) {
        return push(messages.refund(topic, refund, extra));
    }

    @Override
    public PlatformPush complaintChange(String topic, ComplaintSnapshot complaint) {
        return push(messages.complaint(topic, complaint));
    }

    private PlatformPush push(PddMessage message) {
        return new PlatformPush() {
            @Override
            public int deliver() {
                return pusher.push(message);
            }

            @Override
            public void deliverLater() {
                pusher.pushLater(message);
            }
        };
    }
}
