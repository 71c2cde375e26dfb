package com.refundpilot.sandbox.platform.generic;

import com.refundpilot.sandbox.platform.taobao.ComplaintSnapshot;
import com.refundpilot.sandbox.platform.taobao.PlatformPush;
import com.refundpilot.sandbox.platform.taobao.PushDialect;
import com.refundpilot.sandbox.platform.taobao.SandboxPlatform;
import com.refundpilot.sandbox.platform.taobao.RefundSnapshot;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The generic platform's pushes: the event is built when the change happens, delivered now or later. */
@Component
class GenericPushDialect implements PushDialect {

    private final GenericEventFactory events;
    private final GenericWebhookPusher pusher;

    GenericPushDialect(GenericEventFactory events, GenericWebhookPusher pusher) {
        this.events = events;
        this.pusher = pusher;
    }

    @Override
    public SandboxPlatform platform() {
        return SandboxPlatform.GENERIC;
    }

    @Override
    public PlatformPush refundChange(String topic, RefundSnapshot refund, Map<String, Object> extra) {
        return push(events.refund(topic, refund, extra));
    }

    @Override
    public PlatformPush complaintChange(String topic, ComplaintSnapshot complaint) {
        return push(events.complaint(topic, complaint));
    }

    private PlatformPush push(GenericEvent event) {
        return new PlatformPush() {
            @Override
            public int deliver() {
                return pusher.push(event);
            }

            @Override
            public void deliverLater() {
                pusher.pushLater(event);
            }
        };
    }
}
