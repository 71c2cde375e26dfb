package com.refundpilot.sandbox.platform.jd;

import com.refundpilot.sandbox.platform.taobao.ComplaintSnapshot;
import com.refundpilot.sandbox.platform.taobao.PlatformPush;
import com.refundpilot.sandbox.platform.taobao.PushDialect;
import com.refundpilot.sandbox.platform.taobao.RefundSnapshot;
import com.refundpilot.sandbox.platform.taobao.SandboxPlatform;
import java.util.Map;
import org.springframework.stereotype.Component;

/** JD's pushes: the batch is built when the change happens (the snapshot then), delivered now or later. */
@Component
class JdPushDialect implements PushDialect {

    private final JdMessageFactory messages;
    private final JdWebhookPusher pusher;

    JdPushDialect(JdMessageFactory messages, JdWebhookPusher pusher) {
        this.messages = messages;
        this.pusher = pusher;
    }

    @Override
    public SandboxPlatform platform() {
        return SandboxPlatform.JD;
    }

    @Override
    public PlatformPush refundChange(String topic, RefundSnapshot refund, Map<String, Object> extra) {
        return push(messages.refund(topic, refund, extra));
    }

    @Override
    public PlatformPush complaintChange(String topic, ComplaintSnapshot complaint) {
        return push(messages.complaint(topic, complaint));
    }

    private PlatformPush push(JdBatch batch) {
        return new PlatformPush() {
            @Override
            public int deliver() {
                return pusher.push(batch);
            }

            @Override
            public void deliverLater() {
                pusher.pushLater(batch);
            }
        };
    }
}
