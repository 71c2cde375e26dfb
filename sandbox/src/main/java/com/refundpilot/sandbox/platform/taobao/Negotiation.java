package com.refundpilot.sandbox.platform.taobao;

import java.time.Instant;

/**
 * One negotiation the merchant opened on a refund and what became of it. {@code refundVersion} is the version
 * the proposal was made at; {@code acceptedFen} the amount the buyer accepted for a partial refund.
 */
public record Negotiation(long id, NegotiationKind kind, Long amountFen, String message, long refundVersion,
        Instant proposed, State state, Instant answered, Long acceptedFen) {

    /** LAPSED: the refund finished (paid, closed) or the buyer changed the request before answering. */
    public enum State { PENDING, ACCEPTED, REJECTED, LAPSED }

    static Negotiation proposed(long id, NegotiationKind kind, Long amountFen, String message, long version,
            Instant now) {
        return new Negotiation(id, kind, amountFen, message, version, now, State.PENDING, null, null);
    }

    boolean pending() {
        return state == State.PENDING;
    }

    Negotiation answered(boolean accepted, Long acceptedFen, Instant now) {
        return new Negotiation(id, kind, amountFen, message, refundVersion, proposed,
                accepted ? State.ACCEPTED : State.REJECTED, now, accepted ? acceptedFen : null);
    }

    Negotiation lapsed(Instant now) {
        return new Negotiation(id, kind, amountFen, message, refundVersion, proposed, State.LAPSED, now, null);
    }
}
