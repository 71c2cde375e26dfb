package com.refundpilot.platform.config;

import com.refundpilot.contracts.vocabulary.PlatformAction;
import java.time.Duration;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code refundpilot.platforms.wechat-channels.*}: the WeChat Channels shop (docs/platform-wire-formats/wechat.md):
 * where its API is, the app's ID and secret (access tokens), the push token and EncodingAESKey (secure mode), the
 * replay window and body limit of pushes, the default deadline, the tolerance under which two reads of a
 * seconds-left deadline are the same deadline, and the actions the adapter can carry out there: {@code capabilities}
 * through the public API, {@code assumedCapabilities} only through the sandbox's assumed calls (wechat.md §7; empty
 * by default: a shop on the real platform; whatever runs against the sandbox sets it).
 */
@ConfigurationProperties("refundpilot.platforms.wechat-channels")
public record WechatChannelsProperties(String baseUrl, String appId, String appSecret, String token,
        String encodingAesKey, Duration webhookWindow, int maxWebhookBytes, Duration defaultDeadline,
        Duration deadlineTolerance, Duration timeout, Set<PlatformAction> capabilities,
        Set<PlatformAction> assumedCapabilities) {

    /** What every {@code refund.requested} announces, and what the adapter carries out: both lists. */
    public Set<PlatformAction> announced() {
        return AnnouncedActions.of(capabilities, assumedCapabilities);
    }
}
