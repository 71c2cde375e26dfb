package com.refundpilot.sandbox.platform.jd;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code sandbox.jd.*}: the merchant's JOS app (key and secret, both directions: API signatures and push
 * signatures) and where JD's message batches are pushed. {@code webhook-url}, when not set, is {@code /webhooks/jd}
 * on the host of {@code sandbox.taobao.webhook-url} (platform-adapter's {@code /webhooks/{platform}}), so a system
 * that only moved the Taobao webhook needs nothing more.
 */
@ConfigurationProperties("sandbox.jd")
public record JdProperties(
        @DefaultValue("sandbox-app") String appKey,
        @DefaultValue("sandbox-secret") String appSecret,
        URI webhookUrl) {

    public static final String WEBHOOK_PATH = "/webhooks/jd";

    public URI webhookTarget(URI taobaoWebhookUrl) {
        return webhookUrl != null ? webhookUrl : taobaoWebhookUrl.resolve(WEBHOOK_PATH);
    }
}
