package com.refundpilot.platform.config;

import com.refundpilot.contracts.vocabulary.PlatformAction;
import java.time.Duration;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code refundpilot.platforms.jd.*}: JD's open platform (JOS, docs/platform-wire-formats/jd.md): where its router
 * is, the app key and secret both directions sign with, the replay window and body limit of its pushes, the default
 * deadline and the actions the adapter can carry out there: {@code capabilities} through public JOS methods,
 * {@code assumedCapabilities} only through the sandbox's assumed ones (jd.md §4; empty by default: a shop on the real
 * JD; whatever runs against the sandbox sets it). Both are announced on every {@code RefundRequested}.
 */
@ConfigurationProperties("refundpilot.platforms.jd")
public record JdProperties(String baseUrl, String appKey, String appSecret, Duration webhookWindow,
        int maxWebhookBytes, Duration defaultDeadline, Duration timeout, Set<PlatformAction> capabilities,
        Set<PlatformAction> assumedCapabilities) {

    /** What every {@code refund.requested} announces, and what the adapter carries out: both lists. */
    public Set<PlatformAction> announced() {
        return AnnouncedActions.of(capabilities, assumedCapabilities);
    }
}
