package com.refundpilot.sandbox.courier;

import java.util.Map;

/**
 * What the courier answered one merchant request: a status with a body, or a refusal ({@code code} set, answered
 * 409). Remembered per request ID so that a repeat gets the very same answer.
 */
public record CourierReply(int status, Map<String, Object> body, String code, String detail) {

    static CourierReply answer(int status, Map<String, Object> body) {
        return new CourierReply(status, body, null, null);
    }

    static CourierReply refused(String code, String detail) {
        return new CourierReply(409, null, code, detail);
    }

    public boolean ok() {
        return code == null;
    }
}
