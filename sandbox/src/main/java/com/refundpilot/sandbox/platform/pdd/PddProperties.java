package com.refundpilot.sandbox.platform.pdd;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code sandbox.pdd.*}: the merchant app on Pinduoduo (client id and secret: API signatures and push signatures)
 * and where its message frames are pushed. {@code webhook-url}, when not set, is {@code /webhooks/pinduoduo} on the
 * host of {@code sandbox.taobao.webhook-url}, so a system that only moved the Taobao webhook needs nothing more.
 */
@ConfigurationProperties("sandbox.pdd")
public record PddProperties(
        @DefaultValue("sandbox-app") String clientId,
        @DefaultValue("sandbox-secret") String clientSecret,
        URI webhookUrl) {

    public static final String WEBHOOK_PATH = "/webhooks/pinduoduo";

    public URI webhookTarget(URI taobaoWebhookUrl) {
        return webhookUrl != null ? webhookUrl : taobaoWebhookUrl.resolve(WEBHOOK_PATH);
    }
}
