package com.refundpilot.sandbox.platform.wechat;

import com.refundpilot.sandbox.platform.taobao.CallResult;

/**
 * The model's refusals (Taobao sub codes) as WeChat's errcodes. WeChat has no "done already" code: an agree of a
 * refunded request, a second refusal, a second answer are all 10020001 (售后单状态不合法), and the merchant re-reads.
 */
final class WechatRefusals {

    private WechatRefusals() {
    }

    static WechatApiException of(CallResult refused) {
        String message = refused.message() + " (" + refused.subCode() + ")";
        return switch (refused.subCode()) {
            case "isv.refund-not-exist", "isv.complaint-not-exist" ->
                    new WechatApiException(WechatApiException.NOT_FOUND, message);
            case "isv.refund-amount-invalid" -> WechatApiException.param("amount", message);
            case "isv.refuse-proof-required" -> WechatApiException.param("reject_certificates", message);
            case "isv.refund-type-invalid", "isv.evidence-timeout" ->
                    new WechatApiException(WechatApiException.NOT_SUPPORTED, message);
            default -> new WechatApiException(WechatApiException.STATUS_INVALID, message);
        };
    }
}
