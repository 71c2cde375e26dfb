package com.refundpilot.platform.adapter.out.douyin;

import com.refundpilot.platform.application.port.PlatformRefusal;

/** The Douyin open platform refused a read or a request: its {@code code} and {@code sub_code}. */
public class DouyinApiException extends PlatformRefusal {

    /** 存在无效的售后单: the shop has no such after-sale (or complaint). */
    static final String NOT_FOUND = "isp.service-error:10000";

    private final int code;
    private final String subCode;

    public DouyinApiException(int code, String subCode, String message) {
        super("Douyin " + code + " " + subCode + ": " + message);
        this.code = code;
        this.subCode = subCode;
    }

    public int code() {
        return code;
    }

    /** The sub code when the platform gave one, else {@code DOUYIN-<code>}. */
    @Override
    public String decisionCode() {
        return subCode == null || subCode.isBlank() ? "DOUYIN-" + code : subCode;
    }

    @Override
    public boolean notFound() {
        return NOT_FOUND.equals(subCode);
    }
}
