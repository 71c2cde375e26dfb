package com.refundpilot.scenario.run;

import java.util.Objects;
import java.util.UUID;

/**
 * The IDs of one scenario run. Every shop, order, refund, complaint and tracking number a scenario names is
 * suffixed with {@code -<token>} before it reaches the system, so runs never see each other's data (and can
 * later run in parallel against one system); reports map the IDs back with {@link #original}.
 */
final class RunIds {

    private final String token;
    private final String suffix;

    RunIds(String token) {
        if (token == null || !token.matches("[a-z0-9]{4,32}")) {
            throw new IllegalArgumentException("a run token is 4..32 lowercase letters or digits: " + token);
        }
        this.token = token;
        this.suffix = "-" + token;
    }

    /** A new random token (10 hex digits). */
    static RunIds fresh() {
        return new RunIds(UUID.randomUUID().toString().replace("-", "").substring(0, 10));
    }

    String token() {
        return token;
    }

    /** The ID as the system sees it in this run; null stays null. */
    String of(String id) {
        return id == null ? null : id + suffix;
    }

    /** Any text (an ID, a case ID, a message) with this run's IDs mapped back to the scenario's own. */
    String original(String text) {
        return text == null ? null : text.replace(suffix, "");
    }

    @Override
    public String toString() {
        return "RunIds[" + token + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RunIds other && other.token.equals(token);
    }

    @Override
    public int hashCode() {
        return Objects.hash(token);
    }
}
