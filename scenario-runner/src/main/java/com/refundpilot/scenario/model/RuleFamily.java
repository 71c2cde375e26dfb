package com.refundpilot.scenario.model;

/** Rule families of refund-sop-spec.md; a rule ID is {@code FAMILY} or {@code FAMILY-SUFFIX}. */
public enum RuleFamily {
    /** Guards (section 3). */
    G,
    /** Refund only, not shipped (section 4). */
    NS,
    /** Refund only, shipped (section 5). */
    RS,
    /** Return and refund (section 6). */
    RR,
    /** Exchange (section 7). */
    EX,
    /** Reship (section 7). */
    RE,
    /** Courier claims (section 8). */
    CL,
    /** Complaints and platform intervention (section 9). */
    CP,
    /** Deadlines (section 10). */
    DL,
    /** Reasons and reports (section 11). */
    RP,
    /** Warranty (section 12). */
    WA
}
