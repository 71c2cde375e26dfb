package com.refundpilot.platform.domain.douyin;

import java.util.Map;

/**
 * The SOP's refusal reason codes → Douyin's {@code reject_reason_code}. On the real platform the numbers come from
 * {@code afterSale/rejectReasonCodeList} per shop and after-sale; this fixed table is the sandbox's (assumption), with
 * 99 (其他) for a code it does not name.
 */
public final class DouyinRejectReasons {

    public static final long OTHER = 99;

    private static final Map<String, Long> CODES = Map.ofEntries(
            Map.entry("SIGNED_CONFIRMED", 1L), Map.entry("SIGNED_RECEIVED", 1L),
            Map.entry("GOODS_NOT_SAFE", 2L), Map.entry("PARCEL_INTERCEPTED", 3L), Map.entry("PARCEL_REDIRECTED", 3L),
            Map.entry("RETURN_NOT_ARRIVED", 4L), Map.entry("RETURN_NOT_RECEIVED", 4L),
            Map.entry("RETURN_NOT_SENT", 5L), Map.entry("RETURN_SIGNED_ELSEWHERE", 6L),
            Map.entry("WRONG_GOODS_RETURNED", 7L), Map.entry("DAMAGED_ON_ARRIVAL", 8L),
            Map.entry("CUSTOM_MADE_IN_PRODUCTION", 9L), Map.entry("RESHIPPED", 10L), Map.entry("WEIGHT_MATCHES", 11L),
            Map.entry("MERCHANT_DECISION", OTHER));

    private DouyinRejectReasons() {
    }

    public static long codeOf(String sopReasonCode) {
        return sopReasonCode == null ? OTHER : CODES.getOrDefault(sopReasonCode, OTHER);
    }
}
