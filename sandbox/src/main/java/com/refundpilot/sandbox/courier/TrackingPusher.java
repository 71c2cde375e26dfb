package com.refundpilot.sandbox.courier;

import com.refundpilot.sandbox.common.PushStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** Sends tracking pushes to the merchant's logistics feed. */
@Component
public class TrackingPusher {

    private final RestClient http;
    private final CourierProperties properties;

    public TrackingPusher(RestClient pushRestClient, CourierProperties properties) {
        this.http = pushRestClient;
        this.properties = properties;
    }

    /** The receiver's HTTP status, or 0 when it could not be reached. */
    public int push(TrackingPush push) {
        return PushStatus.of(properties.pushUrl().toString(), () -> http.post()
                .uri(properties.pushUrl())
                .contentType(MediaType.APPLICATION_JSON)
                .body(push)
                .exchange((request, response) -> response.getStatusCode().value()));
    }
}
