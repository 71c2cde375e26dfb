package com.refundpilot.platform.config;

import com.refundpilot.contracts.vocabulary.PlatformAction;
import java.time.Duration;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code refundpilot.platforms.taobao.*}: where the Taobao open platform is and how it signs. {@code capabilities}
 * are the merchant actions its open API offers, announced on every {@code RefundRequested} (null: none declared).
 */
@ConfigurationProperties("refundpilot.platforms.taobao")
public record TaobaoProperties(String baseUrl, String appKey, String appSecret, Duration webhookWindow,
        int maxWebhookBytes, Duration defaultDeadline, Duration timeout, Set<PlatformAction> capabilities) {
}
