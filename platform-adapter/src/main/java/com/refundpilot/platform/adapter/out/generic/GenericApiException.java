package com.refundpilot.platform.adapter.out.generic;

import com.refundpilot.platform.application.port.PlatformRefusal;

/** The generic platform refused a read or a request with a 4xx and its {@code code}. */
public class GenericApiException extends PlatformRefusal {

    private final int status;
    private final String code;

    public GenericApiException(int status, String code, String message) {
        super("generic platform " + status + " " + code + ": " + message);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
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
        return status == 404;
    }
}
