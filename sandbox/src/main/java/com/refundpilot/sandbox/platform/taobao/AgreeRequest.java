package com.refundpilot.sandbox.platform.taobao;

import java.util.LinkedHashMap;
import java.util.Map;

/** One entry of refund_infos: {@code refund_id|amount_fen|version|phase}. */
public record AgreeRequest(String refundId, long amountFen, long version, String phase) {

    Map<String, String> asParams() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("refund_id", refundId);
        params.put("amount_fen", Long.toString(amountFen));
        params.put("version", Long.toString(version));
        params.put("phase", phase);
        return params;
    }
}
