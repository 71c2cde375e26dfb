package com.refundpilot.sandbox.platform.generic;

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
 * Posts generic events to the merchant's webhook, signed over the exact bytes sent, and records each attempt on the
 * after-sale or complaint (as the TMC pusher does: {@code topic} = the event type, {@code msgId} = the eventId).
 * Pushes after a merchant's call go through one background thread, in order, as TMC's do;
 * a push not taken is delivered again (WebhookRedelivery).
 */
@Component
class GenericWebhookPusher {

    private static final MediaType JSON_UTF8 = MediaType.parseMediaType("application/json; charset=utf-8");

    private final RestClient http;
    private final GenericProperties properties;
    private final URI target;
    private final DeliveryLog deliveries;
    private final Clock clock;
    private final WebhookRedelivery redelivery;

    GenericWebhookPusher(RestClient pushRestClient, GenericProperties properties, TaobaoProperties taobao,
            DeliveryLog deliveries, Clock clock, WebhookRedelivery redelivery) {
        this.redelivery = redelivery;
        this.http = pushRestClient;
        this.properties = properties;
        this.target = properties.webhookTarget(taobao.webhookUrl());
        this.deliveries = deliveries;
        this.clock = clock;
    }

    /** Delivers now and answers the receiver's HTTP status (0 when it could not be reached). */
    int push(GenericEvent event) {
        return redelivery.now(() -> pushOnce(event));
    }

    private int pushOnce(GenericEvent event) {
        String timestamp = Long.toString(clock.millis());
        String signature = GenericSigner.sign(properties.appSecret(), timestamp, event.body());
        int status = PushStatus.of(target.toString(), () -> http.post()
                .uri(target)
                .contentType(JSON_UTF8)
                .header("X-RP-App-Key", properties.appKey())
                .header("X-RP-Timestamp", timestamp)
                .header("X-RP-Signature", signature)
                .body(event.body())
                .exchange((request, response) -> response.getStatusCode().value()));
        WebhookDelivery delivery = new WebhookDelivery(event.type(), event.eventId(), clock.instant(), status);
        deliveries.record(event.refundId(), event.complaintId(), delivery);
        return status;
    }

    void pushLater(GenericEvent event) {
        redelivery.later(() -> pushOnce(event));
    }
}
