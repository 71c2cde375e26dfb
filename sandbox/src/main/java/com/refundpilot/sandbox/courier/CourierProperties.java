package com.refundpilot.sandbox.courier;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code sandbox.courier.*}: where tracking pushes go ({@code push-url}, the logistics-service's tracking feed) and
 * where claim settlements go ({@code claim-push-url}; when not set, {@code /claims/sandbox} on the host of
 * {@code push-url}, so a system that only moved the tracking feed needs nothing more).
 */
@ConfigurationProperties("sandbox.courier")
public record CourierProperties(@DefaultValue("http://localhost:8084/tracking/sandbox") URI pushUrl,
        URI claimPushUrl) {

    public static final String CLAIM_PUSH_PATH = "/claims/sandbox";

    public URI claimPushTarget() {
        return claimPushUrl != null ? claimPushUrl : pushUrl.resolve(CLAIM_PUSH_PATH);
    }
}
