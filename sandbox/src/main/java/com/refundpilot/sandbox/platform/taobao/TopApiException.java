package com.refundpilot.sandbox.platform.taobao;

import java.util.LinkedHashMap;
import java.util.Map;

/** A TOP error, answered as {@code {"error_response":{...}}} with HTTP 200, as TOP does. */
public class TopApiException extends RuntimeException {

    private final int code;
    private final String subCode;
    private final String subMsg;

    public TopApiException(int code, String msg) {
        this(code, msg, null, null);
    }

    public TopApiException(int code, String msg, String subCode, String subMsg) {
        super(msg);
        this.code = code;
        this.subCode = subCode;
        this.subMsg = subMsg;
    }

    static TopApiException missingParameter(String name) {
        return new TopApiException(40, "Missing required arguments:" + name,
                "isv.missing-parameter:" + name, "missing parameter " + name);
    }

    static TopApiException invalidParameter(String name, String why) {
        return new TopApiException(41, "Invalid arguments:" + name, "isv.invalid-parameter:" + name, why);
    }

    static TopApiException refundNotFound(String refundId) {
        return new TopApiException(15, "Remote service error", "isv.refund-not-exist",
                "refund " + refundId + " does not exist for this shop");
    }

    static TopApiException complaintNotFound(String complaintId) {
        return new TopApiException(15, "Remote service error", "isv.complaint-not-exist",
                "complaint " + complaintId + " does not exist for this shop");
    }

    public Map<String, Object> toResponse() {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code);
        error.put("msg", getMessage());
        if (subCode != null) {
            error.put("sub_code", subCode);
            error.put("sub_msg", subMsg);
        }
        return Map.of("error_response", error);
    }
}
