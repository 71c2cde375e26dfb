package com.refundpilot.refund.domain;

import java.util.EnumSet;
import java.util.Set;

/** Where a case stands. Transitions are guarded: an illegal move is a bug and throws. */
public enum CaseState {
    /** Waiting for the warehouse to report the order's fulfilment state. */
    CHECKING_FULFILMENT,
    /** The warehouse is cancelling/voiding the order (NS-1..NS-3). */
    STOPPING_FULFILMENT,
    /** RS-2: the courier is asked to bring the parcel back; the refund waits for the intercept's result. */
    INTERCEPTING,
    /** An agree call is on its way to the platform; exactly one per decision. */
    AGREEING,
    /** A person must decide; the automated flow may still finish it if facts arrive. */
    ESCALATED,
    /** Terminal: see the case's outcome. */
    CLOSED;

    private Set<CaseState> next() {
        return switch (this) {
            case CHECKING_FULFILMENT -> EnumSet.of(STOPPING_FULFILMENT, INTERCEPTING, AGREEING, ESCALATED, CLOSED);
            case INTERCEPTING -> EnumSet.of(AGREEING, ESCALATED, CLOSED);
            case STOPPING_FULFILMENT -> EnumSet.of(CHECKING_FULFILMENT, AGREEING, ESCALATED, CLOSED);
            case AGREEING -> EnumSet.of(ESCALATED, CLOSED);
            case ESCALATED -> EnumSet.of(CHECKING_FULFILMENT, STOPPING_FULFILMENT, INTERCEPTING, AGREEING, CLOSED);
            case CLOSED -> EnumSet.noneOf(CaseState.class);
        };
    }

    CaseState moveTo(CaseState target) {
        if (!next().contains(target)) {
            throw new IllegalStateTransitionException(this, target);
        }
        return target;
    }

    public boolean isOpen() {
        return this != CLOSED;
    }
}
