package com.refundpilot.refund.domain;

/** The persisted timers a case keeps while it waits (G-5). */
public enum CaseTimer {
    /** DL-2: at deadline − decisionMargin an undecided case goes to a person. */
    ESCALATE,
    /** DL-3: at deadline − lastResortMargin the system acts itself. */
    LAST_RESORT,
    /** RR-2: no return waybill some days after the return was agreed: remind the buyer. */
    RETURN_REMINDER
}
