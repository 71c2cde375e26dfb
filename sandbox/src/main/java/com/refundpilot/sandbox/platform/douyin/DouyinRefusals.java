package com.refundpilot.sandbox.platform.douyin;

import com.refundpilot.sandbox.platform.taobao.CallResult;
import java.util.Map;

/**
 * The model's refusals (TOP-style sub codes) as Douyin answers: the status error keeps the real number 20309541
 * (售后状态错误); the rest are the sandbox's named {@code isv.business-failed:} reasons or parameter errors.
 */
final class DouyinRefusals {

    private static final Map<String, String> BUSINESS = Map.of(
            "isv.refund-already-success", "aftersale-already-refunded",
            "isv.refund-already-refused", "aftersale-already-refused",
            "isv.complaint-already-answered", "complaint-already-answered",
            "isv.refund-status-invalid", "20309541",
            "isv.complaint-status-invalid", "20309541",
            "isv.refund-version-mismatch", "aftersale-version-changed",
            "isv.refund-type-invalid", "aftersale-type-invalid");

    private DouyinRefusals() {
    }

    static DouyinApiException of(CallResult result) {
        String subCode = result.subCode();
        if ("isv.refund-amount-invalid".equals(subCode)) {
            return DouyinApiException.invalid("refund_amount", result.message());
        }
        if ("isv.refuse-proof-required".equals(subCode)) {
            return DouyinApiException.invalid("evidence", "a refusal needs evidence");
        }
        String reason = BUSINESS.getOrDefault(subCode, subCode.startsWith("isv.") ? subCode.substring(4) : subCode);
        return DouyinApiException.businessFailed(reason, result.message());
    }
}
