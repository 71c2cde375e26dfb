package com.refundpilot.scenario.model;

import java.time.Duration;

/**
 * One step of a scenario: at {@link #at()} (a duration from the start) one actor acts, or nobody
 * does and the clock just advances ({@link ClockStep}).
 */
public sealed interface Step permits ClockStep, PlatformStep, CourierStep, BuyerStep, WarehouseStep, AgentStep,
        SystemStep {

    /** When the step happens, as a duration from the scenario's start; never negative. */
    Duration at();

    /** The actor key of the step in a file ({@code platform}, {@code courier}, ...), or {@code null} for a clock step. */
    String actor();
}
