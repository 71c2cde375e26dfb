package com.refundpilot.scenario.model;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One scenario file (docs/scenarios.md).
 *
 * @param name free text
 * @param policy per-shop overrides ({@link PolicyOverrides#NONE} when the file has none)
 * @param start virtual clock start; empty means "now" (the runner decides)
 * @param orders the orders; a file's single {@code order:} becomes a one-element list
 * @param steps steps in time order ({@code at} never decreases)
 * @param expectations what must hold at the end
 * @param source the file it was read from, or null when parsed from memory
 */
public record Scenario(
        String name,
        PolicyOverrides policy,
        Optional<Instant> start,
        List<Order> orders,
        List<Step> steps,
        Expectations expectations,
        Path source) {

    public Scenario {
        Objects.requireNonNull(name, "name");
        policy = policy == null ? PolicyOverrides.NONE : policy;
        start = start == null ? Optional.empty() : start;
        orders = List.copyOf(orders);
        steps = List.copyOf(steps);
        Objects.requireNonNull(expectations, "expectations");
        if (orders.isEmpty()) {
            throw new IllegalArgumentException("a scenario has at least one order");
        }
    }

    /**
     * The same story told on another platform: every order (and the daily report) moved there. The SOP does not
     * depend on the platform, so a scenario must pass on each platform that offers what it plays.
     */
    public Scenario onPlatform(Platform platform) {
        return new Scenario(name + " [" + platform + "]", policy, start,
                orders.stream().map(o -> o.onPlatform(platform)).toList(), steps, expectations.onPlatform(platform),
                source);
    }

    /** The order with this ID. */
    public Optional<Order> order(String orderId) {
        return orders.stream().filter(o -> o.orderId().equals(orderId)).findFirst();
    }

    /**
     * The cases the steps raise, in order of first appearance: the refund IDs of REFUND_REQUESTED
     * steps and the complaint IDs of COMPLAINT_FILED steps.
     */
    public Set<String> caseIds() {
        Set<String> ids = new LinkedHashSet<>();
        for (Step step : steps) {
            if (step instanceof PlatformStep p) {
                if (p.event() == PlatformEvent.REFUND_REQUESTED) {
                    ids.add(p.refundId());
                } else if (p.event() == PlatformEvent.COMPLAINT_FILED) {
                    ids.add(p.complaintId());
                }
            }
        }
        return Collections.unmodifiableSet(ids);
    }

    /** The expectation block for a case (see {@link Expectations#forCase}). */
    public Optional<Expectation> expectationFor(String caseId) {
        return expectations.forCase(caseId);
    }
}
