package com.refundpilot.scenario.model;

import java.time.Duration;
import java.util.Objects;

/**
 * The buyer answers in the platform chat ({@code buyer:}).
 *
 * @param at when
 * @param says the answer
 * @param photos the buyer sends photos with it
 */
public record BuyerStep(Duration at, BuyerSays says, boolean photos) implements Step {

    public BuyerStep {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(says, "says");
    }

    @Override
    public String actor() {
        return "buyer";
    }
}
