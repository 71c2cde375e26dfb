package com.refundpilot.sandbox.platform.jd;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request-level JOS error, answered with HTTP 200 as {@code {"error_response":{"code","zh_desc","en_desc"}}}
 * (codes: docs/platform-wire-formats/jd.md §3). Nothing happened for it.
 */
class JdApiException extends RuntimeException {

    static final String MISSING_SYSTEM_PARAMETER = "10";
    static final String UNKNOWN_APP_KEY = "11";
    static final String BAD_SIGNATURE = "13";
    static final String BAD_TIMESTAMP = "14";
    static final String UNKNOWN_METHOD = "15";
    static final String UNSUPPORTED_VERSION = "16";
    static final String BAD_PARAMETER = "20";

    private final String code;
    private final String enDesc;

    JdApiException(String code, String zhDesc, String enDesc) {
        super(zhDesc);
        this.code = code;
        this.enDesc = enDesc;
    }

    static JdApiException missingSystemParameter(String name) {
        return new JdApiException(MISSING_SYSTEM_PARAMETER, "缺少系统参数: " + name, "missing system parameter " + name);
    }

    /** A method parameter missing or invalid; the descriptions name it first. */
    static JdApiException badParameter(String name, String why) {
        return new JdApiException(BAD_PARAMETER, "参数错误: " + name, name + ": " + why);
    }

    String code() {
        return code;
    }

    Map<String, Object> toResponse() {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code);
        error.put("zh_desc", getMessage());
        error.put("en_desc", enDesc);
        return Map.of("error_response", error);
    }
}
