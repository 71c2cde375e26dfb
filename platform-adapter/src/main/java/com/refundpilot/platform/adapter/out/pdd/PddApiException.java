package com.refundpilot.platform.adapter.out.pdd;

import com.refundpilot.platform.application.port.PlatformRefusal;

/** Pinduoduo refused a request as a whole ({@code error_response}, sent with HTTP 200): an answer, never retried. */
public class PddApiException extends PlatformRefusal {

    /** The business code of an unknown after-sale (also the reads' refusal). */
    static final int AFTER_SALE_NOT_FOUND = 50001;
    static final int COMPLAINT_NOT_FOUND = 50013;

    private final int code;
    private final String subCode;

    public PddApiException(int code, String message, String subCode) {
        super("Pinduoduo error " + code + (subCode == null ? "" : " " + subCode) + ": " + message);
        this.code = code;
        this.subCode = subCode;
    }

    public int code() {
        return code;
    }

    @Override
    public String decisionCode() {
        return "PDD-" + code;
    }

    @Override
    public boolean notFound() {
        return code == AFTER_SALE_NOT_FOUND || code == COMPLAINT_NOT_FOUND;
    }

    public String subCode() {
        return subCode;
    }
}
