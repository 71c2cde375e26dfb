package com.refundpilot.sandbox.courier;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code sandbox.courier.*}: where tracking pushes go ({@code push-url}, the logistics-service's tracking feed) and
 * where claim settlements go ({@code claim-push-url}; when not set, {@code /claims/sandbox} on the host of
 * {@code push-url}, so a system that only moved the tracking feed needs nothing more). {@code feed} is the format
 * of tracking pushes: {@code sandbox} (the courier's own JSON, to {@code push-url}), {@code kuaidi100} or
 * {@code kdniao} (that courier's signed form, to {@code /tracking/kuaidi100} or {@code /tracking/kdniao} on the host
 * of {@code push-url}), signed with {@code kuaidi100.salt} or {@code kdniao.app-key} (and the account
 * {@code kdniao.e-business-id}); the defaults match logistics-service's {@code refundpilot.feeds.*}.
 */
@ConfigurationProperties("sandbox.courier")
public record CourierProperties(@DefaultValue("http://localhost:8084/tracking/sandbox") URI pushUrl,
        URI claimPushUrl, @DefaultValue("sandbox") CourierFeed feed, @DefaultValue Kuaidi100 kuaidi100,
        @DefaultValue Kdniao kdniao) {

    public static final String CLAIM_PUSH_PATH = "/claims/sandbox";

    public record Kuaidi100(@DefaultValue("sandbox-kuaidi100-salt") String salt) {
    }

    public record Kdniao(@DefaultValue("1000001") String eBusinessId,
            @DefaultValue("sandbox-kdniao-app-key") String appKey) {
    }

    public URI claimPushTarget() {
        return claimPushUrl != null ? claimPushUrl : pushUrl.resolve(CLAIM_PUSH_PATH);
    }

    /** Where pushes in {@code format} go: {@code push-url} itself for the sandbox's own format. */
    public URI trackingTarget(CourierFeed format) {
        return format == CourierFeed.SANDBOX ? pushUrl : pushUrl.resolve(format.path());
    }
}
