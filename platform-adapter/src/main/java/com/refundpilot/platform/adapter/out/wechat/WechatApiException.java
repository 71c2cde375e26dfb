package com.refundpilot.platform.adapter.out.wechat;

import com.refundpilot.platform.application.port.PlatformRefusal;
import java.util.Set;

/** WeChat refused a read or a request: HTTP 200 with a non-zero {@code errcode} (or a 4xx without one). */
public class WechatApiException extends PlatformRefusal {

    /** 售后单号不合法/不存在, 售后单不存在, 售后单非当前账号: the ID is not one this app knows. */
    private static final Set<String> NOT_FOUND = Set.of("10020000", "10021050", "10021043");

    private final String code;

    public WechatApiException(String code, String message) {
        super("WeChat Channels " + code + ": " + message);
        this.code = code;
    }

    public String code() {
        return code;
    }

    @Override
    public String decisionCode() {
        return code;
    }

    @Override
    public boolean notFound() {
        return NOT_FOUND.contains(code);
    }
}
