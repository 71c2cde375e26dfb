package com.refundpilot.platform.config;

import com.refundpilot.contracts.vocabulary.PlatformAction;
import java.time.Duration;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code refundpilot.platforms.pinduoduo.*}: where Pinduoduo's open API is (its router: gw-api.pinduoduo.com
 * {@code /api/router} for real, {@code /pdd/api/router} on the sandbox), the app's client id and
 * secret (API and push signatures), the replay window and body limit of its pushes, the default deadline and the
 * merchant actions PDD offers (docs/platform-wire-formats/pdd.md §5), announced on every {@code RefundRequested}.
 */
@ConfigurationProperties("refundpilot.platforms.pinduoduo")
public record PinduoduoProperties(String baseUrl, String routerPath, String clientId, String clientSecret, Duration webhookWindow,
        int maxWebhookBytes, Duration defaultDeadline, Duration timeout, Set<PlatformAction> capabilities) {
}
