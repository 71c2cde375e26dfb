package com.refundpilot.sandbox.platform.taobao;

/** What the merchant proposes in a negotiation (协商); the wire value of negotiate_type. */
public enum NegotiationKind {
    PARTIAL_REFUND, CHANGE_TO_RETURN, ASK_TO_CANCEL, ASK_EVIDENCE, CHANGE_REASON
}
