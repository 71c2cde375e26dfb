package com.refundpilot.contracts.vocabulary;

/** What a person decided on an agent task. */
public enum AgentDecision {
    APPROVE, REFUSE, NEGOTIATE
}
