package com.refundpilot.platform.domain.generic;

import java.time.Instant;

/** Platform staff on an after-sale or a complaint: {@code status} NONE | INTERVENED | DECIDED, {@code decidedFor} MERCHANT | BUYER. */
public record GenericIntervention(String status, Instant evidenceDeadline, String decidedFor) {

    public static final GenericIntervention NONE = new GenericIntervention("NONE", null, null);

    public boolean decided() {
        return "DECIDED".equals(status);
    }

    public boolean forMerchant() {
        return "MERCHANT".equals(decidedFor);
    }
}
