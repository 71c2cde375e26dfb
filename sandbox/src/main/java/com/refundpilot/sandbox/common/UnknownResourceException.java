package com.refundpilot.sandbox.common;

/** An ID the sandbox has never seen (answered 404). */
public class UnknownResourceException extends RuntimeException {

    public UnknownResourceException(String kind, String id) {
        super("unknown " + kind + " " + id);
    }
}
