package com.refundpilot.notification.domain.report;

/** The counted figures of a day (amounts in fen). Their names are stored: rename only with a migration. */
public enum Measure {
    /** Cases opened (CaseOpened) and the amounts asked for. */
    REQUESTS, REQUESTED_FEN,
    /** Cases closed REFUNDED and the amounts refunded. */
    REFUNDS, REFUNDED_FEN,
    /** Of REFUNDS, those decided by a rule rather than a person (CaseClosed.automated). */
    AUTO_APPROVED,
    /** Cases the platform refunded by itself (AUTO_REFUNDED_BY_PLATFORM). */
    PLATFORM_AUTO_REFUNDS, PLATFORM_AUTO_REFUNDED_FEN,
    /** 钱货两空: money out (REFUNDED or AUTO_REFUNDED_BY_PLATFORM) and the goods not recovered. */
    LOSSES, LOSS_FEN,
    /** Intercepts asked of the courier on this day, and how those ended (counted on the day they were asked). */
    INTERCEPTS_REQUESTED, INTERCEPTS_SUCCEEDED, INTERCEPTS_FAILED,
    /** Courier claims filed on this day (value claimed), and claims settled on this day. */
    CLAIMS_FILED, CLAIMS_FILED_FEN, CLAIMS_COMPENSATED, CLAIMS_COMPENSATED_FEN, CLAIMS_REJECTED
}
