package com.refundpilot.platform.adapter.out.jd;

import com.refundpilot.platform.application.port.PlatformRefusal;

/**
 * JD refused a read or a request: a business code of a method's {@code result} ({@code 10100} no such bill, …) or,
 * for a request-level {@code error_response}, {@code JD-<code>}. An answer, never retried.
 */
public class JdApiException extends PlatformRefusal {

    static final String SERVICE_NOT_FOUND = "10100";
    static final String COMPLAINT_NOT_FOUND = "10101";

    private final String code;

    public JdApiException(String code, String message) {
        super("JD " + code + ": " + message);
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
        return SERVICE_NOT_FOUND.equals(code) || COMPLAINT_NOT_FOUND.equals(code);
    }
}
