package com.refundpilot.sandbox.platform.wechat;

import com.refundpilot.sandbox.platform.taobao.ComplaintSnapshot;
import com.refundpilot.sandbox.platform.taobao.PlatformPush;
import com.refundpilot.sandbox.platform.taobao.PushDialect;
import com.refundpilot.sandbox.platform.taobao.RefundSnapshot;
import com.refundpilot.sandbox.platform.taobao.SandboxPlatform;
import com.refundpilot.sandbox.platform.taobao.TmcMessage;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The WeChat Channels shop's pushes. Whatever changed, an after-sale pushes {@code channels_ec_aftersale_update}
 * with its status; staff taking it over push the 纠纷单's {@code channels_ec_complaint_update} instead, and their
 * verdict pushes both (the 纠纷单 finished, the after-sale paid or closed). Order complaints push the (assumed)
 * {@code channels_ec_order_complaint_update}. Every event is built now, from the state given.
 */
@Component
class WechatPushDialect implements PushDialect {

    private final WechatEventFactory events;
    private final WechatWebhookPusher pusher;

    WechatPushDialect(WechatEventFactory events, WechatWebhookPusher pusher) {
        this.events = events;
        this.pusher = pusher;
    }

    @Override
    public SandboxPlatform platform() {
        return SandboxPlatform.WECHAT_CHANNELS;
    }

    @Override
    public PlatformPush refundChange(String topic, RefundSnapshot refund, Map<String, Object> extra) {
        if (topic.equals(TmcMessage.TAOBAO_INTERVENED)) {
            return push(List.of(events.disputeUpdate(refund)));
        }
        boolean verdict = refund.intervention() != null && refund.intervention().verdict() != null
                && (topic.equals(TmcMessage.REFUND_SUCCESS) || topic.equals(TmcMessage.REFUND_CLOSED));
        return verdict ? push(List.of(events.disputeUpdate(refund), events.afterSaleUpdate(refund)))
                : push(List.of(events.afterSaleUpdate(refund)));
    }

    @Override
    public PlatformPush complaintChange(String topic, ComplaintSnapshot complaint) {
        return push(List.of(events.orderComplaintUpdate(complaint)));
    }

    /** The status change a merchant's own call made (WeChat pushes those too), after the call has answered. */
    void echoLater(RefundSnapshot refund) {
        pusher.pushLater(events.afterSaleUpdate(refund));
    }

    /** Several events of one change go out in order; the answer is the first status that is not 200. */
    private PlatformPush push(List<WechatEvent> batch) {
        return new PlatformPush() {
            @Override
            public int deliver() {
                int answer = 200;
                for (WechatEvent event : batch) {
                    int status = pusher.push(event);
                    answer = answer == 200 ? status : answer;
                }
                return answer;
            }

            @Override
            public void deliverLater() {
                batch.forEach(pusher::pushLater);
            }
        };
    }
}
