package com.refundpilot.sandbox.platform.jd;

import com.refundpilot.sandbox.common.PushLoss;
import com.refundpilot.sandbox.common.PushStatus;
import com.refundpilot.sandbox.common.WebhookLossView;
import com.refundpilot.sandbox.common.WebhookRedelivery;
import com.refundpilot.sandbox.platform.taobao.TaobaoProperties;
import com.refundpilot.sandbox.platform.taobao.DeliveryLog;
import com.refundpilot.sandbox.platform.taobao.TaobaoWire;
import com.refundpilot.sandbox.platform.taobao.WebhookDelivery;
import java.net.URI;
import java.time.Clock;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Posts JD message batches to the merchant's webhook, signed over the exact bytes sent ({@code X-Jd-*} headers), and
 * records each attempt on the bill or complaint ({@code topic} = the JD topic, {@code msgId} = the message's).
 * Pushes after a merchant's call go through one background thread, in order, as TMC's do;
 * a push not taken is delivered again (WebhookRedelivery).
 */
@Component
class JdWebhookPusher {

    static final String APP_KEY_HEADER = "X-Jd-App-Key";
    static final String TIMESTAMP_HEADER = "X-Jd-Timestamp";
    static final String SIGN_HEADER = "X-Jd-Sign";
    private static final MediaType JSON_UTF8 = MediaType.parseMediaType("application/json; charset=utf-8");

    private final RestClient http;
    private final JdProperties properties;
    private final URI target;
    private final DeliveryLog deliveries;
    private final Clock clock;
    private final WebhookRedelivery redelivery;
    private final PushLoss loss = new PushLoss();

    JdWebhookPusher(RestClient pushRestClient, JdProperties properties, TaobaoProperties taobao, DeliveryLog deliveries,
            Clock clock, WebhookRedelivery redelivery) {
        this.redelivery = redelivery;
        this.http = pushRestClient;
        this.properties = properties;
        this.target = properties.webhookTarget(taobao.webhookUrl());
        this.deliveries = deliveries;
        this.clock = clock;
    }

    /**
     * Delivers now and answers the receiver's HTTP status (0 when it could not be reached, or lost on purpose: the
     * webhook-loss control then holds the batch for a late delivery).
     */
    int push(JdBatch batch) {
        if (lost(batch)) {
            return PushStatus.NO_ANSWER;
        }
        return deliver(batch);
    }

    /** Whether the webhook-loss control loses this batch (recorded, and held for a late delivery; refund: the bill). */
    private boolean lost(JdBatch batch) {
        var held = new WebhookLossView.Held(batch.msgId(), batch.topic(), batch.serviceId(), batch.complaintId());
        if (loss.swallows(held, () -> deliver(batch))) {
            recordLost(batch);
            return true;
        }
        return false;
    }

    /** What the webhook-loss control loses pushes by. */
    PushLoss loss() {
        return loss;
    }

    /** Delivers now, whatever the loss rule says (a late delivery of a lost push goes through here). */
    int deliver(JdBatch batch) {
        return redelivery.now(() -> pushOnce(batch));
    }

    private int pushOnce(JdBatch batch) {
        String timestamp = TaobaoWire.time(clock.instant());
        String sign = JdSigner.signPush(properties.appSecret(), properties.appKey(), timestamp, batch.body());
        int status = PushStatus.of(target.toString(), () -> http.post()
                .uri(target)
                .contentType(JSON_UTF8)
                .header(APP_KEY_HEADER, properties.appKey())
                .header(TIMESTAMP_HEADER, timestamp)
                .header(SIGN_HEADER, sign)
                .body(batch.body())
                .exchange((request, response) -> response.getStatusCode().value()));
        WebhookDelivery delivery = new WebhookDelivery(batch.topic(), batch.msgId(), clock.instant(), status);
        deliveries.record(batch.serviceId(), batch.complaintId(), delivery);
        return status;
    }

    void pushLater(JdBatch batch) {
        if (!lost(batch)) {
            redelivery.later(() -> pushOnce(batch));
        }
    }

    /** A push the platform lost on purpose: recorded as one no answer, and never delivered again by itself. */
    private void recordLost(JdBatch batch) {
        deliveries.record(batch.serviceId(), batch.complaintId(),
                new WebhookDelivery(batch.topic(), batch.msgId(), clock.instant(), PushStatus.NO_ANSWER));
    }
}
