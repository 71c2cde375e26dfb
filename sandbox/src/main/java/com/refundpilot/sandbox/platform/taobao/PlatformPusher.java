package com.refundpilot.sandbox.platform.taobao;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Builds the push of a refund's or complaint's change for the platform it belongs to: a TMC message to Taobao's
 * or Tmall's webhook, or the generic protocol's event. Every place a change is pushed goes through here, so one
 * refund model serves every wire. The push is built now, from the state given, whenever it is delivered.
 */
@Component
public class PlatformPusher {

    private final TmcMessageFactory messages;
    private final TaobaoWebhookPusher top;
    private final TaobaoProperties properties;
    private final Map<SandboxPlatform, PushDialect> dialects = new EnumMap<>(SandboxPlatform.class);

    public PlatformPusher(TmcMessageFactory messages, TaobaoWebhookPusher top, TaobaoProperties properties,
            List<PushDialect> dialects) {
        this.messages = messages;
        this.top = top;
        this.properties = properties;
        dialects.forEach(dialect -> this.dialects.put(dialect.platform(), dialect));
    }

    private PushDialect dialectOf(SandboxPlatform platform) {
        PushDialect dialect = dialects.get(platform);
        if (dialect == null) {
            throw new IllegalStateException("no push dialect for " + platform);
        }
        return dialect;
    }

    public PlatformPush create(String topic, RefundSnapshot refund) {
        return create(topic, refund, Map.of());
    }

    /** {@code extra}: the IDs the topic carries besides the refund's (a chat message's, a negotiation's). */
    public PlatformPush create(String topic, RefundSnapshot refund, Map<String, Object> extra) {
        if (!refund.platform().speaksTop()) {
            return dialectOf(refund.platform()).refundChange(topic, refund, extra);
        }
        return new TopPush(messages.create(topic, refund, extra), refund.platform());
    }

    public PlatformPush complaint(String topic, TaobaoComplaint complaint) {
        if (!complaint.platform().speaksTop()) {
            return dialectOf(complaint.platform()).complaintChange(topic, complaint.snapshot());
        }
        return new TopPush(messages.complaint(topic, complaint.complaintId(), complaint.shopId(), complaint.orderId()),
                complaint.platform());
    }

    /** A TMC message, to the webhook of the TOP platform it is about. */
    private final class TopPush implements PlatformPush {

        private final TmcMessage message;
        private final SandboxPlatform platform;

        TopPush(TmcMessage message, SandboxPlatform platform) {
            this.message = message;
            this.platform = platform;
        }

        @Override
        public int deliver() {
            return top.push(message, properties.webhookUrlOf(platform));
        }

        @Override
        public void deliverLater() {
            top.pushLater(message, properties.webhookUrlOf(platform));
        }
    }
}
