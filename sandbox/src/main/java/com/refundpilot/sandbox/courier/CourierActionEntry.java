package com.refundpilot.sandbox.courier;

import java.time.Instant;
import java.util.Map;

/**
 * One request the courier received from the merchant, accepted or refused ({@code error} is the refusal code).
 * {@code action} uses the scenario vocabulary's courierActions; {@code reason} is the merchant's free text;
 * {@code params} what else the request carried or the courier answered (claimId, valueFen, sku, province, city,
 * proofUrl), as strings.
 */
public record CourierActionEntry(String action, Instant at, String requestId, boolean ok, String error,
        String reason, Map<String, String> params) {

    public static final String INTERCEPT = "INTERCEPT";
    public static final String NUDGE = "NUDGE";
    public static final String VERIFY_DELIVERY = "VERIFY_DELIVERY";
    public static final String REQUEST_SIGNING_PROOF = "REQUEST_SIGNING_PROOF";
    public static final String CLAIM = "CLAIM";
    public static final String CORRECT_ADDRESS = "CORRECT_ADDRESS";

    public CourierActionEntry {
        params = params == null ? Map.of() : Map.copyOf(params);
    }
}
