package com.refundpilot.scenario.model;

import java.time.Duration;
import java.util.Objects;

/**
 * A person acts on a task ({@code agent:}).
 *
 * @param at when
 * @param action what the person does
 * @param amountFen amount approved or proposed, or null (APPROVE and NEGOTIATE only)
 */
public record AgentStep(Duration at, AgentAction action, Long amountFen) implements Step {

    public AgentStep {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(action, "action");
    }

    @Override
    public String actor() {
        return "agent";
    }
}
