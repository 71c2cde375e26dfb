package com.refundpilot.sandbox.platform.taobao;

import com.refundpilot.sandbox.common.PushLoss;
import com.refundpilot.sandbox.common.PushStatus;
import com.refundpilot.sandbox.common.WebhookLossView;
import com.refundpilot.sandbox.common.WebhookRedelivery;
import java.net.URI;
import java.time.Clock;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Pushes TMC messages to the merchant's webhook, signed over the exact bytes sent, and records each
 * attempt on the refund. A message the receiver did not take is delivered again ({@link WebhookRedelivery}, as TMC
 * redelivers what is not confirmed); pushes that follow a merchant's call go through its background thread.
 */
@Component
public class TaobaoWebhookPusher {

    private static final MediaType JSON_UTF8 = MediaType.parseMediaType("application/json; charset=utf-8");

    private final RestClient http;
    private final TaobaoProperties properties;
    private final TaobaoRefunds refunds;
    private final TaobaoComplaints complaints;
    private final DeliveryLog deliveries;
    private final Clock clock;
    private final WebhookRedelivery redelivery;
    private final PushLoss loss = new PushLoss();

    public TaobaoWebhookPusher(RestClient pushRestClient, TaobaoProperties properties, TaobaoRefunds refunds,
            TaobaoComplaints complaints, DeliveryLog deliveries, Clock clock, WebhookRedelivery redelivery) {
        this.http = pushRestClient;
        this.properties = properties;
        this.refunds = refunds;
        this.complaints = complaints;
        this.deliveries = deliveries;
        this.clock = clock;
        this.redelivery = redelivery;
    }

    /**
     * Delivers now to the TOP platform's webhook ({@link TaobaoProperties#webhookUrlOf}) and answers the receiver's
     * HTTP status (0 when it could not be reached, or lost on purpose: the webhook-loss control then holds the
     * message for a late delivery).
     */
    public int push(TmcMessage message, URI target) {
        if (lost(message)) {
            return PushStatus.NO_ANSWER;
        }
        return deliver(message, target);
    }

    /** Whether the webhook-loss control loses this message (recorded, and held for a late delivery). */
    private boolean lost(TmcMessage message) {
        var held = new WebhookLossView.Held(message.msgId(), message.topic(), message.refundId(), message.complaintId());
        if (loss.swallows(held, () -> deliver(message))) {
            recordLost(message);
            return true;
        }
        return false;
    }

    /** What the webhook-loss control loses pushes by (one rule for Taobao's and Tmall's). */
    PushLoss loss() {
        return loss;
    }

    /** Delivers now to the webhook of the platform the message's refund or complaint belongs to, loss or not. */
    public int deliver(TmcMessage message) {
        SandboxPlatform platform = message.refundId() != null
                ? refunds.find(message.refundId()).map(TaobaoRefund::platform).orElse(SandboxPlatform.TAOBAO)
                : complaints.find(message.complaintId()).map(TaobaoComplaint::platform).orElse(SandboxPlatform.TAOBAO);
        return deliver(message, properties.webhookUrlOf(platform));
    }

    /** Delivers now, whatever the loss rule says (a late delivery of a lost message goes through here). */
    public int deliver(TmcMessage message, URI target) {
        return redelivery.now(() -> deliverOnce(message, target));
    }

    private int deliverOnce(TmcMessage message, URI target) {
        String timestamp = Long.toString(clock.millis());
        String signature = WebhookSigner.sign(properties.appSecret(), timestamp, message.body());
        int status = PushStatus.of(target.toString(), () -> http.post()
                .uri(target)
                .contentType(JSON_UTF8)
                .header("X-Top-Timestamp", timestamp)
                .header("X-Top-Sign", signature)
                .body(message.body())
                .exchange((request, response) -> response.getStatusCode().value()));
        record(message, new WebhookDelivery(message.topic(), message.msgId(), clock.instant(), status));
        return status;
    }

    /** A push the platform lost on purpose: recorded as one no answer, and never delivered again by itself. */
    private void recordLost(TmcMessage message) {
        record(message, new WebhookDelivery(message.topic(), message.msgId(), clock.instant(), PushStatus.NO_ANSWER));
    }

    private void record(TmcMessage message, WebhookDelivery delivery) {
        deliveries.record(message.refundId(), message.complaintId(), delivery);
    }

    /** Delivers on the background thread; the loss rule is applied now, in the order the changes happened. */
    public void pushLater(TmcMessage message, URI target) {
        if (!lost(message)) {
            redelivery.later(() -> deliverOnce(message, target));
        }
    }
}
