package com.refundpilot.contracts.vocabulary;

/** What a person decided on an agent task: agree (amount optional), refuse with evidence, or negotiate an amount. */
public enum AgentDecision {
    APPROVE, REFUSE, NEGOTIATE
}
