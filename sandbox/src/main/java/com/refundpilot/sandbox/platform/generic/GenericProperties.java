package com.refundpilot.sandbox.platform.generic;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code sandbox.generic.*}: the merchant app of the generic protocol (key and shared secret, both directions) and
 * where its events are pushed. {@code webhook-url}, when not set, is {@code /webhooks/generic} on the host of
 * {@code sandbox.taobao.webhook-url} (platform-adapter's {@code /webhooks/{platform}}; by default
 * http://localhost:8081/webhooks/generic), so a system that only moved the Taobao webhook needs nothing more.
 */
@ConfigurationProperties("sandbox.generic")
public record GenericProperties(
        @DefaultValue("sandbox-app") String appKey,
        @DefaultValue("sandbox-secret") String appSecret,
        URI webhookUrl) {

    public static final String WEBHOOK_PATH = "/webhooks/generic";

    public URI webhookTarget(URI taobaoWebhookUrl) {
        return webhookUrl != null ? webhookUrl : taobaoWebhookUrl.resolve(WEBHOOK_PATH);
    }
}
