package com.refundpilot.sandbox.platform.douyin;

import com.refundpilot.sandbox.platform.taobao.ComplaintSnapshot;
import com.refundpilot.sandbox.platform.taobao.PlatformPush;
import com.refundpilot.sandbox.platform.taobao.PushDialect;
import com.refundpilot.sandbox.platform.taobao.RefundSnapshot;
import com.refundpilot.sandbox.platform.taobao.SandboxPlatform;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Douyin's pushes: the batch is built when the change happens and delivered now or later, as the model asks. */
@Component
class DouyinPushDialect implements PushDialect {

    private final DouyinMessages messages;
    private final DouyinWebhookPusher pusher;

    DouyinPushDialect(DouyinMessages messages, DouyinWebhookPusher pusher) {
        this.messages = messages;
        this.pusher = pusher;
    }

    @Override
    public SandboxPlatform platform() {
        return SandboxPlatform.DOUYIN;
    }

    @Override
    public PlatformPush refundChange(String topic, RefundSnapshot refund, Map<String, Object> extra) {
        return push(messages.refund(topic, refund, extra, List.of()));
    }

    @Override
    public PlatformPush complaintChange(String topic, ComplaintSnapshot complaint) {
        return push(messages.complaint(topic, complaint));
    }

    PlatformPush push(DouyinBatch batch) {
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
