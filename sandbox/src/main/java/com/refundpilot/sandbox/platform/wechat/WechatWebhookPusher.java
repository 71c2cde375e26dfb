package com.refundpilot.sandbox.platform.wechat;

import com.refundpilot.sandbox.common.PushLoss;
import com.refundpilot.sandbox.common.PushStatus;
import com.refundpilot.sandbox.common.WebhookLossView;
import com.refundpilot.sandbox.common.WebhookRedelivery;
import com.refundpilot.sandbox.platform.taobao.TaobaoProperties;
import com.refundpilot.sandbox.platform.taobao.DeliveryLog;
import com.refundpilot.sandbox.platform.taobao.WebhookDelivery;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Posts WeChat events in secure mode: each delivery encrypts the plaintext afresh, signs it with a new timestamp and
 * nonce in the query string, and is recorded on the refund or complaint ({@code topic} = the Event, {@code msgId} =
 * the natural message key). Pushes after a merchant's call go through one background thread, in order;
 * a push not taken is delivered again (WebhookRedelivery).
 */
@Component
class WechatWebhookPusher {

    private static final SecureRandom NONCES = new SecureRandom();

    private final RestClient http;
    private final WechatCrypto crypto;
    private final URI target;
    private final DeliveryLog deliveries;
    private final JsonMapper json;
    private final Clock clock;
    private final WebhookRedelivery redelivery;
    private final PushLoss loss = new PushLoss();

    WechatWebhookPusher(RestClient pushRestClient, WechatProperties properties, TaobaoProperties taobao,
            DeliveryLog deliveries, JsonMapper json, Clock clock, WebhookRedelivery redelivery) {
        this.redelivery = redelivery;
        this.http = pushRestClient;
        this.crypto = new WechatCrypto(properties.token(), properties.encodingAesKey(), properties.appId());
        this.target = properties.webhookTarget(taobao.webhookUrl());
        this.deliveries = deliveries;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Delivers now and answers the receiver's HTTP status (0 when it could not be reached, or lost on purpose: the
     * webhook-loss control then holds the event for a late delivery, encrypted and signed afresh then).
     */
    int push(WechatEvent event) {
        if (lost(event)) {
            return 0;
        }
        return deliver(event);
    }

    /** Whether the webhook-loss control loses this event (recorded, and held for a late delivery). */
    private boolean lost(WechatEvent event) {
        var held = new WebhookLossView.Held(event.key(), event.event(), event.refundId(), event.complaintId());
        if (loss.swallows(held, () -> deliver(event))) {
            deliveries.record(event.refundId(), event.complaintId(),
                    new WebhookDelivery(event.event(), event.key(), clock.instant(), 0));
            return true;
        }
        return false;
    }

    /** What the webhook-loss control loses pushes by. */
    PushLoss loss() {
        return loss;
    }

    /** Delivers now, whatever the loss rule says; an event not taken is delivered again (WebhookRedelivery). */
    private int deliver(WechatEvent event) {
        return redelivery.now(() -> pushOnce(event));
    }

    private int pushOnce(WechatEvent event) {
        String timestamp = Long.toString(clock.instant().getEpochSecond());
        String nonce = Integer.toString(100_000_000 + NONCES.nextInt(900_000_000));
        String encrypt = crypto.encrypt(event.plaintext());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ToUserName", event.toUserName());
        body.put("Encrypt", encrypt);
        URI uri = UriComponentsBuilder.fromUri(target)
                .queryParam("signature", crypto.signature(timestamp, nonce))
                .queryParam("timestamp", timestamp)
                .queryParam("nonce", nonce)
                .queryParam("encrypt_type", "aes")
                .queryParam("msg_signature", crypto.msgSignature(timestamp, nonce, encrypt))
                .encode().build().toUri();
        int status = PushStatus.of(target.toString(), () -> http.post()
                .uri(uri)
                .contentType(MediaType.APPLICATION_JSON)
                .body(json.writeValueAsBytes(body))
                .exchange((request, response) -> response.getStatusCode().value()));
        WebhookDelivery delivery = new WebhookDelivery(event.event(), event.key(), clock.instant(), status);
        deliveries.record(event.refundId(), event.complaintId(), delivery);
        return status;
    }

    void pushLater(WechatEvent event) {
        if (!lost(event)) {
            redelivery.later(() -> pushOnce(event));
        }
    }
}
