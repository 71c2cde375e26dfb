package com.refundpilot.sandbox.platform.douyin;

import com.refundpilot.sandbox.common.PushStatus;
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

    DouyinWebhookPusher(RestClient pushRestClient, DouyinProperties properties, TaobaoProperties taobao,
            DeliveryLog deliveries, Clock clock, WebhookRedelivery redelivery) {
        this.redelivery = redelivery;
        this.http = pushRestClient;
        this.properties = properties;
        this.target = properties.webhookTarget(taobao.webhookUrl());
        this.deliveries = deliveries;
        this.clock = clock;
    }

    /** Delivers now and answers the receiver's HTTP status (0 when it could not be reached). */
    int push(DouyinBatch batch) {
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
        for (DouyinMessage message : batch.messages()) {
            WebhookDelivery delivery = new WebhookDelivery(message.tag().messageName(), message.msgId(),
                    clock.instant(), status);
            deliveries.record(batch.refundId(), batch.complaintId(), delivery);
        }
        return status;
    }

    void pushLater(DouyinBatch batch) {
        redelivery.later(() -> pushOnce(batch));
    }
}
