package com.refundpilot.platform.adapter.out.taobao;

/** TOP answered with an {@code error_response}: the request itself was refused. */
public class TaobaoApiException extends RuntimeException {

    private final int code;
    private final String subCode;

    public TaobaoApiException(int code, String message, String subCode) {
        super("TOP error " + code + " " + message + (subCode == null ? "" : " (" + subCode + ")"));
        this.code = code;
        this.subCode = subCode;
    }

    public int code() {
        return code;
    }

    public String subCode() {
        return subCode;
    }
}
