package com.refundpilot.platform.application.port;

/**
 * The platform answered and refused the request itself (an unknown ID, a bad parameter, a stale version): an
 * answer, never retried. {@link #decisionCode()} is what a rejection event reports.
 */
public abstract class PlatformRefusal extends RuntimeException {

    protected PlatformRefusal(String message) {
        super(message);
    }

    /** The platform's most specific code for the refusal, as reported on PlatformActionRejected. */
    public abstract String decisionCode();

    /** The platform does not know the refund or complaint the request named. */
    public abstract boolean notFound();
}
