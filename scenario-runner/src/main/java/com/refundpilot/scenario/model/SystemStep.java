package com.refundpilot.scenario.model;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * An extension of the format for DL-4 (deadlines survive restarts): {@code system: {restart: refund-service}}
 * restarts one service of the system (or {@code all} five) mid-story, on the same store and broker, so the
 * rest of the story shows what survived.
 *
 * @param at when
 * @param restart a name of {@link #SERVICES}, or {@link #ALL}
 */
public record SystemStep(Duration at, String restart) implements Step {

    /** The services a scenario may restart (the sandbox is the outside world: it is not restarted). */
    public static final List<String> SERVICES = List.of(
            "platform-adapter", "refund-service", "warehouse-service", "logistics-service", "notification-service");

    /** Restart every service of {@link #SERVICES}. */
    public static final String ALL = "all";

    public SystemStep {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(restart, "restart");
        if (!restart.equals(ALL) && !SERVICES.contains(restart)) {
            throw new IllegalArgumentException("unknown service '" + restart + "'");
        }
    }

    /** The services this step restarts, in start order. */
    public List<String> services() {
        return restart.equals(ALL) ? SERVICES : List.of(restart);
    }

    @Override
    public String actor() {
        return "system";
    }
}
