package com.refundpilot.sandbox.platform.douyin;

import com.refundpilot.sandbox.common.PushLoss;
import com.refundpilot.sandbox.common.PushStatus;
import com.refundpilot.sandbox.common.WebhookLossView;
import com.refundpilot.sandbox.common.WebhookRedelivery;
import com.refundpilot.sandbox.platform.taobao.TaobaoProperties;
import com.refundpilot.sandbox.platform.taobao.DeliveryLog;
import com.refundpilot.sandbox.platform.taobao.WebhookDelivery;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Posts Douyin batches to the merchant's webhook with {@code app-id} and {@code event-sign} (MD5 over the exact bytes
 * sent), and records each message of each attempt on its after-sale or complaint ({@code topic} = the message name,
 * {@code msgId} = its {@code msg_id}). Pushes after a merchant's call go through one background thread, in order;
 * a push not taken is delivered again (WebhookRedelivery).
 */
@Component
class DouyinWebhookPusher {

    private final RestClient http;
    private final DouyinProperties properties;
    private final URI target;
    private final DeliveryLog deliveries;
    private final Clock clock;
    private final WebhookRedelivery redelivery;
    private final PushLoss loss = new PushLoss();

    DouyinWebhookPusher(RestClient pushRestClient, DouyinProperties properties, TaobaoProperties taobao,
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
     * webhook-loss control then holds the batch for a late delivery).
     */
    int push(DouyinBatch batch) {
        if (lost(batch)) {
            return 0;
        }
        return deliver(batch);
    }

    /** Whether the webhook-loss control loses this batch (recorded, and held for a late delivery). */
    private boolean lost(DouyinBatch batch) {
        List<WebhookLossView.Held> held = batch.messages().stream().map(m -> new WebhookLossView.Held(m.msgId(),
                m.tag().messageName(), batch.refundId(), batch.complaintId())).toList();
        Set<String> topics = batch.messages().stream().map(m -> m.tag().messageName()).collect(Collectors.toSet());
        if (loss.swallows(topics, batch.refundId(), new PushLoss.Lost(held, () -> deliver(batch)))) {
            record(batch, 0);
            return true;
        }
        return false;
    }

    /** What the webhook-loss control loses pushes by. */
    PushLoss loss() {
        return loss;
    }

    /** Delivers now, whatever the loss rule says; a batch not taken is delivered again (WebhookRedelivery). */
    private int deliver(DouyinBatch batch) {
        return redelivery.now(() -> pushOnce(batch));
    }

    private int pushOnce(DouyinBatch batch) {
        String sign = DouyinSigner.eventSign(properties.appKey(), properties.appSecret(), batch.body());
        int status = PushStatus.of(target.toString(), () -> http.post()
                .uri(target)
                .contentType(MediaType.APPLICATION_JSON)
                .header("app-id", properties.appKey())
                .header("event-sign", sign)
                .body(batch.body())
                .exchange((request, response) -> response.getStatusCode().value()));
        record(batch, status);
        return status;
    }

    private void record(DouyinBatch batch, int status) {
        for (DouyinMessage message : batch.messages()) {
            WebhookDelivery delivery = new WebhookDelivery(message.tag().messageName(), message.msgId(),
                    clock.instant(), status);
            deliveries.record(batch.refundId(), batch.complaintId(), delivery);
        }
    }

    void pushLater(DouyinBatch batch) {
        if (!lost(batch)) {
            redelivery.later(() -> pushOnce(batch));
        }
    }
}
