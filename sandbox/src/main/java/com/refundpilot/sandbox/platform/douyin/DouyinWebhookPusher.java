package com.refundpilot.sandbox.platform.douyin;

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
 * Posts Douyin batches to the merchant's webhook with {@code app-id} and {@code event-sign} (MD5 over the exact bytes
 * sent), and records each message of each attempt on its after-sale or complaint ({@code topic} = the message name,
 * {@code msgId} = its {@code msg_id}). Pushes after a merchant's call go through one background thread, in order.
 */
@Component
class DouyinWebhookPusher {

    private final RestClient http;
    private final DouyinProperties properties;
    private final URI target;
    private final TaobaoRefunds refunds;
    private final TaobaoComplaints complaints;
    private final Clock clock;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "douyin-webhook-push");
        thread.setDaemon(true);
        return thread;
    });

    DouyinWebhookPusher(RestClient pushRestClient, DouyinProperties properties, TaobaoProperties taobao,
            TaobaoRefunds refunds, TaobaoComplaints complaints, Clock clock) {
        this.http = pushRestClient;
        this.properties = properties;
        this.target = properties.webhookTarget(taobao.webhookUrl());
        this.refunds = refunds;
        this.complaints = complaints;
        this.clock = clock;
    }

    /** Delivers now and answers the receiver's HTTP status (0 when it could not be reached). */
    int push(DouyinBatch batch) {
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
            if (batch.refundId() != null) {
                refunds.find(batch.refundId()).ifPresent(refund -> refund.recordDelivery(delivery));
            } else {
                complaints.find(batch.complaintId()).ifPresent(complaint -> complaint.recordDelivery(delivery));
            }
        }
        return status;
    }

    void pushLater(DouyinBatch batch) {
        background.execute(() -> push(batch));
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }
}
