package com.refundpilot.sandbox.platform.douyin;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code sandbox.douyin.*}: the merchant app of the Douyin open platform (its key and secret sign the pushes and the
 * API calls), where the pushes go, how long the platform's own receipt extension is ({@code afterSale/timeExtend}
 * names none) and how far a request's timestamp may be from the platform's clock. {@code webhook-url}, when not set,
 * is {@code /webhooks/douyin} on the host of {@code sandbox.taobao.webhook-url}, as for the generic platform.
 */
@ConfigurationProperties("sandbox.douyin")
public record DouyinProperties(
        @DefaultValue("sandbox-app") String appKey,
        @DefaultValue("sandbox-secret") String appSecret,
        URI webhookUrl,
        @DefaultValue("P3D") Duration receiptExtension,
        @DefaultValue("PT10M") Duration requestWindow) {

    public static final String WEBHOOK_PATH = "/webhooks/douyin";

    public URI webhookTarget(URI taobaoWebhookUrl) {
        return webhookUrl != null ? webhookUrl : taobaoWebhookUrl.resolve(WEBHOOK_PATH);
    }
}
