package com.refundpilot.sandbox.platform.douyin;

/**
 * A refused Douyin API call: answered HTTP 200 with {@code code != 10000}, a {@code sub_code} to switch on and a
 * {@code sub_msg} saying why (docs/platform-wire-formats/douyin.md §2 lists the codes and which are assumptions).
 */
class DouyinApiException extends RuntimeException {

    private final int code;
    private final String subCode;

    DouyinApiException(int code, String subCode, String message) {
        super(message);
        this.code = code;
        this.subCode = subCode;
    }

    int code() {
        return code;
    }

    String subCode() {
        return subCode;
    }

    /** 存在无效的售后单: an ID this shop does not have (the .NET SDK's return codes). */
    static DouyinApiException notFound(String what, String id) {
        return new DouyinApiException(20000, "isp.service-error:10000", "存在无效的" + what + ": " + id);
    }

    static DouyinApiException unauthorized(String subCode, String message) {
        return new DouyinApiException(30001, subCode, message);
    }

    static DouyinApiException missing(String name) {
        return new DouyinApiException(40001, "isv.missing-parameter:" + name, name + " is required");
    }

    static DouyinApiException invalid(String name, String message) {
        return new DouyinApiException(40004, "isv.parameter-invalid:" + name, name + ": " + message);
    }

    static DouyinApiException businessFailed(String reason, String message) {
        return new DouyinApiException(50002, "isv.business-failed:" + reason, message);
    }

    /** The envelope's {@code msg}, the code's short text. */
    String shortText() {
        return switch (code) {
            case 20000 -> "系统错误";
            case 30001 -> "认证失败";
            case 40001 -> "缺少必选参数";
            case 40004 -> "非法的参数";
            default -> "业务处理失败";
        };
    }
}
