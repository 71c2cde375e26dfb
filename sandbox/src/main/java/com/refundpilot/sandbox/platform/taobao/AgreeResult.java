package com.refundpilot.sandbox.platform.taobao;

/** The platform's answer to one agree entry; {@code subCode} is null on success. */
public record AgreeResult(String refundId, boolean succ, String subCode, String message) {

    static AgreeResult success(String refundId) {
        return new AgreeResult(refundId, true, null, "");
    }

    static AgreeResult refused(String refundId, String subCode, String message) {
        return new AgreeResult(refundId, false, subCode, message);
    }
}
