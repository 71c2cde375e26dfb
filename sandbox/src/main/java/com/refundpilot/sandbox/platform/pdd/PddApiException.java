package com.refundpilot.sandbox.platform.pdd;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A request PDD refuses as a whole: {@code error_response} with HTTP 200 (docs/platform-wire-formats/pdd.md §2).
 * A decision the after-sale's state refuses is not one of these but a {@code success:false} answer.
 */
class PddApiException extends RuntimeException {

    static final int PARAMETER = 10000;
    static final int UNKNOWN_TYPE = 10001;
    static final int ACCESS_TOKEN = 10019;
    static final int SIGNATURE = 20004;
    static final int CLIENT_ID = 20005;

    private final int code;
    private final String subCode;
    private final String subMsg;

    PddApiException(int code, String message, String subCode, String subMsg) {
        super(message);
        this.code = code;
        this.subCode = subCode;
        this.subMsg = subMsg;
    }

    PddApiException(int code, String message) {
        this(code, message, null, null);
    }

    static PddApiException missingParameter(String name) {
        return new PddApiException(PARAMETER, "参数错误", "missing-parameter:" + name, name + " is required");
    }

    static PddApiException invalidParameter(String name, String detail) {
        return new PddApiException(PARAMETER, "参数错误", "invalid-parameter:" + name, detail);
    }

    static PddApiException notFound(int businessCode, String what, String id) {
        return new PddApiException(businessCode, what + "不存在", "not-found", what + " " + id + " does not exist");
    }

    Map<String, Object> toResponse() {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("error_code", code);
        error.put("error_msg", getMessage());
        if (subCode != null) {
            error.put("sub_code", subCode);
            error.put("sub_msg", subMsg);
        }
        error.put("request_id", UUID.randomUUID().toString().replace("-", ""));
        return Map.of("error_response", error);
    }
}
