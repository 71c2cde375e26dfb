package com.refundpilot.sandbox.platform.taobao;

import java.time.Instant;
import java.util.Map;

/** One decision the platform carried out on a refund (the oracle's record). */
public record RefundAction(String action, Instant at, long amountFen, Map<String, String> params) {

    public static final String AGREE_REFUND = "AGREE_REFUND";
    public static final String AGREE_PARTIAL_REFUND = "AGREE_PARTIAL_REFUND";
    public static final String AUTO_REFUND = "AUTO_REFUND";
    public static final String REFUSE = "REFUSE";
    public static final String NEGOTIATE = "NEGOTIATE";
    /** The platform paid the buyer after deciding a dispute for them. */
    public static final String PLATFORM_REFUND = "PLATFORM_REFUND";
    /** The platform closed the refund after deciding a dispute for the merchant. */
    public static final String PLATFORM_CLOSE = "PLATFORM_CLOSE";
}
