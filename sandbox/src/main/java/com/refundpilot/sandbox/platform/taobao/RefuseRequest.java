package com.refundpilot.sandbox.platform.taobao;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** taobao.refund.refuse's arguments: the reason the buyer reads, its code, the evidence references. */
public record RefuseRequest(String refundId, String reason, String reasonCode, List<String> proof, long version) {

    public RefuseRequest {
        proof = List.copyOf(proof);
    }

    Map<String, String> asParams() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("reason", reason);
        params.put("reasonCode", reasonCode == null ? "" : reasonCode);
        params.put("proof", String.join(",", proof));
        params.put("version", Long.toString(version));
        return params;
    }
}
