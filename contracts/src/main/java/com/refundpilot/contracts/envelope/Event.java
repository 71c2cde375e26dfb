package com.refundpilot.contracts.envelope;

/** A past-tense fact (RefundRequested, FulfilmentStopped). Immutable; never a Java class name on the wire. */
public interface Event extends Message {
}
