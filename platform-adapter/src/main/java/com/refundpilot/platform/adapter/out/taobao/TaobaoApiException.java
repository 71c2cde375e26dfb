package com.refundpilot.platform.adapter.out.taobao;

import com.refundpilot.platform.application.port.PlatformRefusal;

/** TOP answered with an {@code error_response}: the request itself was refused. */
public class TaobaoApiException extends PlatformRefusal {

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

    /** The sub_code when TOP gave one, else its system code. */
    @Override
    public String decisionCode() {
        return subCode != null ? subCode : "TOP-" + code;
    }

    @Override
    public boolean notFound() {
        return subCode != null && subCode.endsWith("-not-exist");
    }
}
