package com.refundpilot.sandbox.platform.pdd;

import com.refundpilot.sandbox.common.PushLoss;
import com.refundpilot.sandbox.common.PushStatus;
import com.refundpilot.sandbox.common.WebhookLossView;
import com.refundpilot.sandbox.common.WebhookRedelivery;
import com.refundpilot.sandbox.platform.taobao.TaobaoProperties;
import com.refundpilot.sandbox.platform.taobao.DeliveryLog;
import com.refundpilot.sandbox.platform.taobao.WebhookDelivery;
import java.net.URI;
import java.time.Clock;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Posts PDD message frames to the merchant's webhook (the HTTP stand-in for PDD's WebSocket), signed over the exact
 * bytes sent, and records each attempt on the after-sale or complaint ({@code topic} = the message type,
 * {@code msgId} = the frame's id). Pushes after a merchant's call go through one background thread, in order;
 * a push not taken is delivered again (WebhookRedelivery).
 */
@Component
class PddWebhookPusher {

    static final String CLIENT_ID_HEADER = "X-Pdd-Client-Id";
    static final String TIMESTAMP_HEADER = "X-Pdd-Timestamp";
    static final String SIGN_HEADER = "X-Pdd-Sign";
    private static final MediaType JSON_UTF8 = MediaType.parseMediaType("application/json; charset=utf-8");

    private final RestClient http;
    private final PddProperties properties;
    private final URI target;
    private final DeliveryLog deliveries;
    private final Clock clock;
    private final WebhookRedelivery redelivery;
    private final PushLoss loss = new PushLoss();

    PddWebhookPusher(RestClient pushRestClient, PddProperties properties, TaobaoProperties taobao,
            DeliveryLog deliveries, Clock clock, WebhookRedelivery redelivery) {
        this.redelivery = redelivery;
        this.http = pushRestClient;
        this.properties = properties;
        this.target = properties.webhookTarget(taobao.webhookUrl());
        this.deliveries = deliveries;
        this.clock = clock;
    }

    /**
     * Delivers now and answers the receiver's HTTP status (0 when it could not be reached, or lost on purpose: the
     * webhook-loss control then holds the frame for a late delivery).
     */
    int push(PddMessage message) {
        if (lost(message)) {
            return PushStatus.NO_ANSWER;
        }
        return deliver(message);
    }

    /** Whether the webhook-loss control loses this frame (recorded, and held for a late delivery). */
    private boolean lost(PddMessage message) {
        var held = new WebhookLossView.Held(message.id(), message.type(), message.refundId(), message.complaintId());
        if (loss.swallows(held, () -> deliver(message))) {
            recordLost(message);
            return true;
        }
        return false;
    }

    /** What the webhook-loss control loses pushes by. */
    PushLoss loss() {
        return loss;
    }

    /** Delivers now, whatever the loss rule says (a late delivery of a lost push goes through here). */
    int deliver(PddMessage message) {
        return redelivery.now(() -> pushOnce(message));
    }

    private int pushOnce(PddMessage message) {
        String timestamp = Long.toString(clock.millis());
        String sign = PddSigner.signPush(properties.clientSecret(), timestamp, message.body());
        int status = PushStatus.of(target.toString(), () -> http.post()
                .uri(target)
                .contentType(JSON_UTF8)
                .header(CLIENT_ID_HEADER, properties.clientId())
                .header(TIMESTAMP_HEADER, timestamp)
                .header(SIGN_HEADER, sign)
                .body(message.body())
                .exchange((request, response) -> response.getStatusCode().value()));
        WebhookDelivery delivery = new WebhookDelivery(message.type(), message.id(), clock.instant(), status);
        deliveries.record(message.refundId(), message.complaintId(), delivery);
        return status;
    }

    void pushLater(PddMessage message) {
        if (!lost(message)) {
            redelivery.later(() -> pushOnce(message));
        }
    }

    /** A push the platform lost on purpose: recorded as one no answer, and never delivered again by itself. */
    private void recordLost(PddMessage message) {
        deliveries.record(message.refundId(), message.complaintId(),
                new WebhookDelivery(message.type(), message.id(), clock.instant(), PushStatus.NO_ANSWER));
    }
}
