package com.refundpilot.platform.application.webhook;

/** What became of one platform message handed to the intake. */
public enum PushOutcome {
    /** New, stored with the canonical events it stands for (the outbox publishes them). */
    PUBLISHED,
    /** New, stored with the reason it stands for nothing (unknown topic, already told by another message, …). */
    DROPPED,
    /** This message ID was accepted before: nothing stored, nothing published. */
    REDELIVERY;

    public boolean fresh() {
        return this != REDELIVERY;
    }
}
