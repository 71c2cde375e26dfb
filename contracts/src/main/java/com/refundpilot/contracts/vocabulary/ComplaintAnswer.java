package com.refundpilot.contracts.vocabulary;

/** The merchant's answer to a complaint (CP-1): accept (with a compensation) or reject with evidence. */
public enum ComplaintAnswer {
    ACCEPT, REJECT
}
