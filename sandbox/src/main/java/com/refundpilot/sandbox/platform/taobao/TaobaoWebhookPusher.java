package com.refundpilot.sandbox.platform.taobao;

import com.refundpilot.sandbox.common.PushStatus;
import jakarta.annotation.PreDestroy;
import java.net.URI;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Pushes TMC messages to the merchant's webhook, signed over the exact bytes sent, and records each
 * attempt on the refund. Pushes that follow a merchant's call go through one background thread, so
 * an API answer never waits on the merchant's own webhook endpoint and messages keep their order.
 */
@Component
public class TaobaoWebhookPusher {

    private static final MediaType JSON_UTF8 = MediaType.parseMediaType("application/json; charset=utf-8");

    private final RestClient http;
    private final TaobaoProperties properties;
    private final TaobaoRefunds refunds;
    private final TaobaoComplaints complaints;
    private final Clock clock;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "taobao-webhook-push");
        thread.setDaemon(true);
        return thread;
    });

    public TaobaoWebhookPusher(RestClient pushRestClient, TaobaoProperties properties, TaobaoRefunds refunds,
            TaobaoComplaints complaints, Clock clock) {
        this.http = pushRestClient;
        this.properties = properties;
        this.refunds = refunds;
        this.complaints = complaints;
        this.clock = clock;
    }

    /**
     * Delivers now to the TOP platform's webhook ({@link TaobaoProperties#webhookUrlOf}) and answers the receiver's
     * HTTP status (0 when it could not be reached).
     */
    public int push(TmcMessage message, URI target) {
        String timestamp = Long.toString(clock.millis());
        String signature = WebhookSigner.sign(properties.appSecret(), timestamp, message.body());
        int status = PushStatus.of(target.toString(), () -> http.post()
                .uri(target)
                .contentType(JSON_UTF8)
                .header("X-Top-Timestamp", timestamp)
                .header("X-Top-Sign", signature)
                .body(message.body())
                .exchange((request, response) -> response.getStatusCode().value()));
        WebhookDelivery delivery = new WebhookDelivery(message.topic(), message.msgId(), clock.instant(), status);
        if (message.refundId() != null) {
            refunds.find(message.refundId()).ifPresent(refund -> refund.recordDelivery(delivery));
        } else {
            complaints.find(message.complaintId()).ifPresent(complaint -> complaint.recordDelivery(delivery));
        }
        return status;
    }

    public void pushLater(TmcMessage message, URI target) {
        background.execute(() -> push(message, target));
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }
}
