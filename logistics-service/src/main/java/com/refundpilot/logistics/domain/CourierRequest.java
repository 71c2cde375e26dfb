package com.refundpilot.logistics.domain;

import com.refundpilot.contracts.vocabulary.Address;
import com.refundpilot.contracts.vocabulary.CourierRequestKind;
import java.util.Objects;

/**
 * One request to the courier besides an intercept, with what its kind needs: {@code valueFen}/{@code sku} for a
 * claim, {@code destination} for an address correction; {@code note} is free text (the claim's reason).
 */
public record CourierRequest(CourierRequestKind kind, String requestId, String note, Long valueFen, String sku,
        Address destination) {

    public CourierRequest {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(requestId, "requestId");
    }
}
