package com.refundpilot.platform.config;

import com.refundpilot.contracts.vocabulary.PlatformAction;
import java.time.Duration;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code refundpilot.platforms.douyin.*}: where the Douyin open platform is (the sandbox's {@code /douyin} by
 * default), the app key and secret both the pushes and the calls are signed with, the body limit of a push batch, the
 * default deadline, and the actions the adapter can carry out there: {@code capabilities} through public calls,
 * {@code assumedCapabilities} only through the sandbox's assumed ones (empty by default: a shop on the real platform;
 * whatever runs against the sandbox sets it).
 */
@ConfigurationProperties("refundpilot.platforms.douyin")
public record DouyinProperties(String baseUrl, String appKey, String appSecret, int maxWebhookBytes,
        Duration defaultDeadline, Duration timeout, Set<PlatformAction> capabilities,
        Set<PlatformAction> assumedCapabilities) {

    /** What every {@code refund.requested} announces: both lists. */
    public Set<PlatformAction> announced() {
        return AnnouncedActions.of(capabilities, assumedCapabilities);
    }
}
