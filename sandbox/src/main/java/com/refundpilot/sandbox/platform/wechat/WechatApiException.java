package com.refundpilot.sandbox.platform.wechat;

/** A refused WeChat API call: HTTP 200 with a non-zero {@code errcode}, as WeChat answers. */
class WechatApiException extends RuntimeException {

    static final int PARAM_ERROR = 9700224;
    static final int NOT_FOUND = 10020000;
    static final int STATUS_INVALID = 10020001;
    static final int NOT_SUPPORTED = 10021041;
    static final int ADDRESS_MISSING = 10021060;
    static final int ADDRESS_WRONG = 10021062;

    private final int errcode;

    WechatApiException(int errcode, String errmsg) {
        super(errmsg);
        this.errcode = errcode;
    }

    static WechatApiException param(String field, String problem) {
        return new WechatApiException(PARAM_ERROR, "param error: " + field + " " + problem);
    }

    static WechatApiException notFound(String what, String id) {
        return new WechatApiException(NOT_FOUND, what + " " + id + " does not exist");
    }

    int errcode() {
        return errcode;
    }
}
