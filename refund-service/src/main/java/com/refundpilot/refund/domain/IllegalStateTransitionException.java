package com.refundpilot.refund.domain;

/** A case was asked to move to a state it cannot reach from where it is. */
public class IllegalStateTransitionException extends IllegalStateException {

    public IllegalStateTransitionException(CaseState from, CaseState to) {
        super("a case cannot move from " + from + " to " + to);
    }
}
