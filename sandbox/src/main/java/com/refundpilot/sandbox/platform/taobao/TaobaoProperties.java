package com.refundpilot.sandbox.platform.taobao;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code sandbox.taobao.*}. Defaults live here (not only in application.yml) so the sandbox behaves
 * the same when a launcher composes it with other apps' configuration.
 */
@ConfigurationProperties("sandbox.taobao")
public record TaobaoProperties(
        @DefaultValue("sandbox-app") String appKey,
        @DefaultValue("sandbox-secret") String appSecret,
        @DefaultValue("http://localhost:8081/webhooks/taobao") URI webhookUrl,
        @DefaultValue("PT72H") Duration defaultDeadline,
        @DefaultValue("PT0.2S") Duration sweepInterval,
        @DefaultValue("P7D") Duration buyerReturnDeadline,
        @DefaultValue("P10D") Duration receiptDeadline) {
}
