package com.refundpilot.scenario.run;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How one scenario went.
 *
 * @param name the scenario's name
 * @param file the file it was read from, or null when parsed from memory
 * @param passed every expectation and invariant held
 * @param failures what did not hold, first first, each with what happened instead, in the scenario's own IDs
 *     (empty when passed)
 * @param duration wall-clock time of the run
 */
public record ScenarioResult(String name, Path file, boolean passed, List<String> failures, Duration duration) {

    public ScenarioResult {
        Objects.requireNonNull(name, "name");
        failures = List.copyOf(failures);
        Objects.requireNonNull(duration, "duration");
        if (passed != failures.isEmpty()) {
            throw new IllegalArgumentException("passed must mean no failures: " + passed + " " + failures);
        }
    }

    static ScenarioResult of(String name, Path file, List<String> failures, Duration duration) {
        return new ScenarioResult(name, file, failures.isEmpty(), failures, duration);
    }

    /** The first failure, e.g. {@code platformActions: expected [AGREE_REFUND] in order, platform saw [] (...)}; empty when passed. */
    public String detail() {
        return failures.isEmpty() ? "" : failures.get(0);
    }
}
