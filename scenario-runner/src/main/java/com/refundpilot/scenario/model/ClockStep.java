package com.refundpilot.scenario.model;

import java.time.Duration;
import java.util.Objects;

/** A step with only {@code at}: the clock advances to it and due timers fire. */
public record ClockStep(Duration at) implements Step {

    public ClockStep {
        Objects.requireNonNull(at, "at");
    }

    @Override
    public String actor() {
        return null;
    }
}
