package com.refundpilot.platform.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code refundpilot.platforms.taobao.*}: where the Taobao open platform is and how it signs. */
@ConfigurationProperties("refundpilot.platforms.taobao")
public record TaobaoProperties(String baseUrl, String appKey, String appSecret, Duration webhookWindow,
        int maxWebhookBytes, Duration defaultDeadline, Duration timeout) {
}
