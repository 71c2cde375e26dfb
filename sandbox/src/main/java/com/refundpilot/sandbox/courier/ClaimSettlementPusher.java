package com.refundpilot.sandbox.courier;

import com.refundpilot.sandbox.common.PushStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** Sends the courier's claim decisions to the merchant's logistics-service. */
@Component
public class ClaimSettlementPusher {

    private final RestClient http;
    private final CourierProperties properties;

    public ClaimSettlementPusher(RestClient pushRestClient, CourierProperties properties) {
        this.http = pushRestClient;
        this.properties = properties;
    }

    /** The receiver's HTTP status, or 0 when it could not be reached. */
    public int push(ClaimSettlementPush push) {
        return PushStatus.of(properties.claimPushTarget().toString(), () -> http.post()
                .uri(properties.claimPushTarget())
                .contentType(MediaType.APPLICATION_JSON)
                .body(push)
                .exchange((request, response) -> response.getStatusCode().value()));
    }
}
