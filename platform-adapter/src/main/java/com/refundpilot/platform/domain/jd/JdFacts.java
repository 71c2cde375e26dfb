package com.refundpilot.platform.domain.jd;

/** What was read for one message: the service bill, or the complaint (the other null; both null: nothing needed). */
public record JdFacts(JdBill bill, JdComplaint complaint) {

    public static JdFacts none() {
        return new JdFacts(null, null);
    }

    public static JdFacts of(JdBill bill) {
        return new JdFacts(bill, null);
    }

    public static JdFacts of(JdComplaint complaint) {
        return new JdFacts(null, complaint);
    }
}
