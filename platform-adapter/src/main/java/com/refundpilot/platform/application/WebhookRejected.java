package com.refundpilot.platform.application;

/** A pushed message refused before anything was stored or published; {@code field} names the culprit. */
public class WebhookRejected extends RuntimeException {

    public enum Kind { UNAUTHORIZED, BAD_REQUEST, TOO_LARGE }

    private final Kind kind;
    private final String field;

    public WebhookRejected(Kind kind, String field, String detail) {
        super(detail);
        this.kind = kind;
        this.field = field;
    }

    public Kind kind() {
        return kind;
    }

    public String field() {
        return field;
    }
}
