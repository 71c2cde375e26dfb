package com.refundpilot.sandbox.platform.taobao;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code sandbox.taobao.*}. Defaults live here (not only in application.yml) so the sandbox behaves
 * the same when a launcher composes it with other apps' configuration. Tmall speaks the same TOP wire with the
 * same app; only its pushes go elsewhere: {@code tmall-webhook-url}, when not set {@code /webhooks/tmall} on the
 * host of {@code webhook-url} (the adapter's {@code /webhooks/{platform}}), so a system that only moved the
 * Taobao webhook needs nothing more.
 */
@ConfigurationProperties("sandbox.taobao")
public record TaobaoProperties(
        @DefaultValue("sandbox-app") String appKey,
        @DefaultValue("sandbox-secret") String appSecret,
        @DefaultValue("http://localhost:8081/webhooks/taobao") URI webhookUrl,
        @DefaultValue("PT72H") Duration defaultDeadline,
        @DefaultValue("PT0.2S") Duration sweepInterval,
        @DefaultValue("P7D") Duration buyerReturnDeadline,
        @DefaultValue("P10D") Duration receiptDeadline,
        URI tmallWebhookUrl) {

    public static final String TMALL_WEBHOOK_PATH = "/webhooks/tmall";

    /** Where a TOP platform's TMC messages are pushed. */
    public URI webhookUrlOf(SandboxPlatform platform) {
        if (platform == SandboxPlatform.TMALL) {
            return tmallWebhookUrl != null ? tmallWebhookUrl : webhookUrl.resolve(TMALL_WEBHOOK_PATH);
        }
        return webhookUrl;
    }
}
