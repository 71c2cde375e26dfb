package com.refundpilot.sandbox.platform.generic;

import com.refundpilot.sandbox.common.PushStatus;
import com.refundpilot.sandbox.platform.taobao.TaobaoComplaints;
import com.refundpilot.sandbox.platform.taobao.TaobaoProperties;
import com.refundpilot.sandbox.platform.taobao.TaobaoRefunds;
import com.refundpilot.sandbox.platform.taobao.WebhookDelivery;
import jakarta.annotation.PreDestroy;
import java.net.URI;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Posts generic events to the merchant's webhook, signed over the exact bytes sent, and records each attempt on the
 * after-sale or complaint (as the TMC pusher does: {@code topic} = the event type, {@code msgId} = the eventId).
 * Pushes after a merchant's call go through one background thread, in order, as TMC's do.
 */
@Component
class GenericWebhookPusher {

    private static final MediaType JSON_UTF8 = MediaType.parseMediaType("application/json; charset=utf-8");

    private final RestClient http;
    private final GenericProperties properties;
    private final URI target;
    private final TaobaoRefunds refunds;
    private final TaobaoComplaints complaints;
    private final Clock clock;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "generic-webhook-push");
        thread.setDaemon(true);
        return thread;
    });

    GenericWebhookPusher(RestClient pushRestClient, GenericProperties properties, TaobaoProperties taobao,
            TaobaoRefunds refunds, TaobaoComplaints complaints, Clock clock) {
        this.http = pushRestClient;
        this.properties = properties;
        this.target = properties.webhookTarget(taobao.webhookUrl());
        this.refunds = refunds;
        this.complaints = complaints;
        this.clock = clock;
    }

    /** Delivers now and answers the receiver's HTTP status (0 when it could not be reached). */
    int push(GenericEvent event) {
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
        if (event.refundId() != null) {
            refunds.find(event.refundId()).ifPresent(refund -> refund.recordDelivery(delivery));
        } else {
            complaints.find(event.complaintId()).ifPresent(complaint -> complaint.recordDelivery(delivery));
        }
        return status;
    }

    void pushLater(GenericEvent event) {
        background.execute(() -> push(event));
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }
}
