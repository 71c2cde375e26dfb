package com.refundpilot.scenario.model;

/** What a person does on a task (agent.action). */
public enum AgentAction {
    APPROVE, REFUSE, NEGOTIATE;
}
