package com.refundpilot.sandbox.courier;

import com.refundpilot.sandbox.common.PushStatus;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * Sends tracking pushes to the merchant's logistics feed in the configured format ({@code sandbox.courier.feed}):
 * the sandbox's own JSON to {@code push-url}, or a signed Kuaidi100 / Kdniao form carrying the parcel's whole trace
 * to that feed's path. An event the native format has no state for (e.g. a failed intercept) goes over the sandbox
 * push instead, as a courier would report it over its own API.
 */
@Component
public class TrackingPusher {

    /** Which format carried the push, and the receiver's HTTP status (0 when it could not be reached). */
    public record Delivery(CourierFeed feed, int status) {
    }

    private final RestClient http;
    private final CourierProperties properties;
    private final Kuaidi100Wire kuaidi100;
    private final KdniaoWire kdniao;

    public TrackingPusher(RestClient pushRestClient, CourierProperties properties) {
        this.http = pushRestClient;
        this.properties = properties;
        this.kuaidi100 = new Kuaidi100Wire(properties.kuaidi100().salt());
        this.kdniao = new KdniaoWire(properties.kdniao().eBusinessId(), properties.kdniao().appKey());
    }

    /** Pushes the event with the parcel's trace (oldest first, the event last). */
    public Delivery push(TrackingPush push, List<CourierTrace> traces) {
        CourierFeed feed = properties.feed();
        Optional<MultiValueMap<String, String>> form = switch (feed) {
            case KUAIDI100 -> kuaidi100.form(push, traces);
            case KDNIAO -> kdniao.form(push, traces);
            case SANDBOX -> Optional.empty();
        };
        if (form.isPresent()) {
            return new Delivery(feed, post(properties.trackingTarget(feed), MediaType.APPLICATION_FORM_URLENCODED,
                    form.get()));
        }
        return new Delivery(CourierFeed.SANDBOX, post(properties.pushUrl(), MediaType.APPLICATION_JSON, push));
    }

    private int post(URI target, MediaType type, Object body) {
        return PushStatus.of(target.toString(), () -> http.post()
                .uri(target)
                .contentType(type)
                .body(body)
                .exchange((request, response) -> response.getStatusCode().value()));
    }
}
