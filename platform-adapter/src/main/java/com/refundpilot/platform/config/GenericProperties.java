package com.refundpilot.platform.config;

import com.refundpilot.contracts.vocabulary.PlatformAction;
import java.time.Duration;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code refundpilot.platforms.generic.*}: the shop integration that speaks the generic protocol
 * (docs/generic-platform-protocol.md): where its open API is, the app key and secret both directions sign with,
 * the replay window and body limit of its pushes, the default deadline and the actions it offers.
 */
@ConfigurationProperties("refundpilot.platforms.generic")
public record GenericProperties(String baseUrl, String appKey, String appSecret, Duration webhookWindow,
        int maxWebhookBytes, Duration defaultDeadline, Duration timeout, Set<PlatformAction> capabilities) {
}
