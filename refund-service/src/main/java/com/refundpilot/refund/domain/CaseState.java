package com.refundpilot.refund.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a case stands. Transitions are guarded: an illegal move is a bug and throws. Every waiting state has
 * the case's deadline timers running (G-5); a person may take over from any open state (ESCALATED) and the
 * automation may still finish an escalated case when facts arrive.
 */
public enum CaseState {
    /** Waiting for the warehouse to report the order's fulfilment state. */
    CHECKING_FULFILMENT,
    /** The warehouse is cancelling/voiding the order (NS-1..NS-3). */
    STOPPING_FULFILMENT,
    /** Shipped: waiting for the courier's view of the parcel (status, last movement). */
    LOCATING_PARCEL,
    /** RS-2: the courier is asked to bring the parcel back; the refund waits for the intercept's result. */
    INTERCEPTING,
    /** RS-8/RS-10: the courier was nudged or redirected; the parcel is followed until it moves on or is lost. */
    WATCHING_PARCEL,
    /** RS-5: tracking says signed; waiting for the buyer to say whether they received it. */
    AWAITING_RECEIPT_ANSWER,
    /** RS-7: the courier is checking who signed for the parcel. */
    VERIFYING_DELIVERY,
    /** RS-7: the parcel is lost; waiting for the buyer to choose a reship or the refund. */
    AWAITING_BUYER_CHOICE,
    /** A negotiation (协商) was proposed; waiting for the buyer's answer. */
    NEGOTIATING,
    /** Waiting for the courier's signing proof, the evidence a refusal needs (G-6). */
    AWAITING_EVIDENCE,
    /** A replacement was asked of the warehouse (reship). */
    SHIPPING_REPLACEMENT,
    /** The buyer was invited to withdraw the request (reshipped, redirected). */
    AWAITING_BUYER_CANCEL,
    /** RR-1: the return is being agreed on the platform (in flight, like an agree). */
    AGREEING_RETURN,
    /** RR-1/RR-2: the return is agreed; the buyer has to ship it and fill in the waybill. */
    AWAITING_RETURN_WAYBILL,
    /** RR-3/RR-12: logistics-service checks the return waybill. */
    CHECKING_RETURN_WAYBILL,
    /** RR-4/RR-5, RR-13..RR-16: the return is on its way to the warehouse. */
    RETURN_IN_TRANSIT,
    /** RR-5/RR-6: the warehouse received the return; its inspection decides. */
    AWAITING_INSPECTION,
    /** RE-1: waiting for the parcel's weight against the ERP's. */
    AWAITING_WEIGHT,
    /** RE-2: waiting for the buyer's photos of the package. */
    AWAITING_PHOTOS,
    /** RP-1/RP-2: an agree is held until the buyer changes the reason (or the margin comes). */
    AWAITING_REASON_CHANGE,
    /** An agree call is on its way to the platform; exactly one per decision. */
    AGREEING,
    /** A refusal with evidence is on its way to the platform. */
    REFUSING,
    /** A person must decide; the automated flow may still finish it if facts arrive. */
    ESCALATED,
    /** Terminal: see the case's outcome (a refused case reopens when the buyer re-applies). */
    CLOSED;

    /** Something is in flight to the platform (an agree, a return's agree, a refusal), or the case is closed. */
    private static final Set<CaseState> DECIDED = EnumSet.of(AGREEING, AGREEING_RETURN, REFUSING, CLOSED);

    private Set<CaseState> next() {
        if (this == CLOSED) {
            return EnumSet.noneOf(CaseState.class);
        }
        if (this == AGREEING) {
            return EnumSet.of(ESCALATED, CLOSED);
        }
        if (this == AGREEING_RETURN) {
            return EnumSet.of(AWAITING_RETURN_WAYBILL, CHECKING_RETURN_WAYBILL, ESCALATED, CLOSED);
        }
        if (this == REFUSING) {
            return EnumSet.of(ESCALATED, CLOSED, AGREEING);
        }
        // From any waiting state (and from a person's desk) the facts may lead anywhere but back to the start.
        Set<CaseState> next = EnumSet.allOf(CaseState.class);
        next.remove(this);
        return next;
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

    /** A state in which nothing is in flight to the platform: the automation or a person may still decide. */
    public boolean undecided() {
        return !DECIDED.contains(this);
    }
}
