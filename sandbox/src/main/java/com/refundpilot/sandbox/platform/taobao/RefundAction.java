package com.refundpilot.sandbox.platform.taobao;

import java.time.Instant;
import java.util.Map;

/** One decision the platform carried out on a refund (the oracle's record). */
public record RefundAction(String action, Instant at, long amountFen, Map<String, String> params) {

    public static final String AGREE_REFUND = "AGREE_REFUND";
    public static final String AGREE_PARTIAL_REFUND = "AGREE_PARTIAL_REFUND";
    public static final String AUTO_REFUND = "AUTO_REFUND";
}
