package com.refundpilot.refund.domain;

/** Fen to a yuan string for people ("599.00"); money itself is always integer fen. */
public final class Money {

    private Money() {
    }

    public static String yuan(long fen) {
        return String.format("%d.%02d", fen / 100, Math.abs(fen % 100));
    }
}
