package com.refundpilot.platform.application.port;

/**
 * The platform's answer to one merchant decision. {@code code} is the platform's own refusal code (null on
 * success); {@code alreadyDone} says the refusal means "this is in effect already" (a repeated agree, say), which
 * is settled by re-reading the platform rather than reported as a refusal.
 */
public record DecisionOutcome(String refundId, boolean succeeded, String code, String message, boolean alreadyDone) {

    /** The refusal of an action the platform's API does not offer this shop: no call was made. */
    public static final String NOT_OFFERED = "PLATFORM_NOT_SUPPORTED";

    public static DecisionOutcome success(String refundId) {
        return new DecisionOutcome(refundId, true, null, "", false);
    }

    public static DecisionOutcome refused(String refundId, String code, String message) {
        return new DecisionOutcome(refundId, false, code, message, false);
    }

    /** Refused {@link #NOT_OFFERED} without a call: {@code message} says what a person does instead. */
    public static DecisionOutcome notOffered(String subjectId, String message) {
        return refused(subjectId, NOT_OFFERED, message);
    }

    /** The same outcome, marked "done already" when its code is the one the platform uses for that. */
    public DecisionOutcome doneAlreadyWhen(String doneCode) {
        return !succeeded && code != null && code.equals(doneCode)
                ? new DecisionOutcome(refundId, false, code, message, true) : this;
    }
}
