package com.refundpilot.platform.config;

import com.refundpilot.contracts.vocabulary.PlatformAction;
import java.time.Duration;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code refundpilot.platforms.wechat-channels.*}: the WeChat Channels shop (docs/platform-wire-formats/wechat.md):
 * where its API is, the app's ID and secret (access tokens), the push token and EncodingAESKey (secure mode), the
 * replay window and body limit of pushes, the default deadline, the tolerance under which two reads of a
 * seconds-left deadline are the same deadline, and the actions its public API offers.
 */
@ConfigurationProperties("refundpilot.platforms.wechat-channels")
public record WechatChannelsProperties(String baseUrl, String appId, String appSecret, String token,
        String encodingAesKey, Duration webhookWindow, int maxWebhookBytes, Duration defaultDeadline,
        Duration deadlineTolerance, Duration timeout, Set<PlatformAction> capabilities) {
}
