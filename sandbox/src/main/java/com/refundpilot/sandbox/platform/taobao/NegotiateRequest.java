package com.refundpilot.sandbox.platform.taobao;

import java.util.LinkedHashMap;
import java.util.Map;

/** The merchant's negotiation proposal; {@code amountFen} only for PARTIAL_REFUND. */
public record NegotiateRequest(String refundId, NegotiationKind kind, Long amountFen, String message, long version) {

    Map<String, String> asParams(long negotiationId) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("kind", kind.name());
        params.put("amountFen", amountFen == null ? "" : Long.toString(amountFen));
        params.put("message", message);
        params.put("version", Long.toString(version));
        params.put("negotiationId", Long.toString(negotiationId));
        return params;
    }
}
