package com.refundpilot.sandbox.platform.taobao;

/**
 * One change's push in its platform's dialect, built (and the subject's state captured) when the change happened.
 * Delivering it again sends the same message again: a duplicate, as platforms do.
 */
public interface PlatformPush {

    /** Delivers now and answers the receiver's HTTP status (0 when it could not be reached). */
    int deliver();

    /** Delivers on the dialect's background thread, in order, so the caller never waits on the receiver. */
    void deliverLater();
}
