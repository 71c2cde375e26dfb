package com.refundpilot.sandbox.platform.taobao;

/** The platform's answer to one merchant decision (agree entry, refuse, negotiate); {@code subCode} null on success. */
public record CallResult(String refundId, boolean succ, String subCode, String message) {

    static CallResult success(String refundId) {
        return new CallResult(refundId, true, null, "");
    }

    static CallResult refused(String refundId, String subCode, String message) {
        return new CallResult(refundId, false, subCode, message);
    }
}
