package com.refundpilot.scenario.run;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How one scenario went: passed, failed, or not applicable (its platform does not offer what the story needs, so
 * it was not played; {@link Applicability}).
 *
 * @param name the scenario's name
 * @param file the file it was read from, or null when parsed from memory
 * @param passed every expectation and invariant held
 * @param failures what did not hold, first first, each with what happened instead, in the scenario's own IDs
 *     (empty when passed or not applicable)
 * @param duration wall-clock time of the run
 * @param notApplicable why the story does not apply to its platform ({@code n/a on PINDUODUO: needs
 *     EXTEND_RECEIPT}), or null when it was played
 */
public record ScenarioResult(String name, Path file, boolean passed, List<String> failures, Duration duration,
        String notApplicable) {

    public ScenarioResult {
        Objects.requireNonNull(name, "name");
        failures = List.copyOf(failures);
        Objects.requireNonNull(duration, "duration");
        if (notApplicable != null && (passed || !failures.isEmpty())) {
            throw new IllegalArgumentException("a scenario that does not apply neither passes nor fails: " + failures);
        }
        if (notApplicable == null && passed != failures.isEmpty()) {
            throw new IllegalArgumentException("passed must mean no failures: " + passed + " " + failures);
        }
    }

    public ScenarioResult(String name, Path file, boolean passed, List<String> failures, Duration duration) {
        this(name, file, passed, failures, duration, null);
    }

    static ScenarioResult of(String name, Path file, List<String> failures, Duration duration) {
        return new ScenarioResult(name, file, failures.isEmpty(), failures, duration);
    }

    /** Not played: the platform does not offer what the story needs ({@code reason} says what). */
    static ScenarioResult notApplicable(String name, Path file, String reason) {
        return new ScenarioResult(name, file, false, List.of(), Duration.ZERO, Objects.requireNonNull(reason));
    }

    /** Played (passed or failed), as opposed to not applicable. */
    public boolean applicable() {
        return notApplicable == null;
    }

    /** Played and something did not hold. */
    public boolean failed() {
        return applicable() && !passed;
    }

    /**
     * The first failure, e.g. {@code platformActions: expected [AGREE_REFUND] in order, platform saw [] (...)}, or
     * why the story does not apply; empty when passed.
     */
    public String detail() {
        return notApplicable != null ? notApplicable : failures.isEmpty() ? "" : failures.get(0);
    }
}
