package com.refundpilot.scenario.run;

import com.refundpilot.scenario.model.Platform;
import com.refundpilot.scenario.model.Scenario;
import com.refundpilot.scenario.parse.ScenarioFormatException;
import com.refundpilot.scenario.parse.ScenarioParser;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The scenario command: reads every scenario file of the given files and folders, runs them against the system
 * and prints the report. The launcher wires it to a command line.
 */
public final class ScenarioCli {

    /** No scenario failed (each passed, or does not apply to its platform). */
    public static final int OK = 0;
    /** At least one scenario failed. */
    public static final int FAILED = 1;
    /** Nothing was run: a malformed file, a missing path, or no scenario file at all. */
    public static final int NOT_RUN = 2;

    private ScenarioCli() {
    }

    /**
     * Parses every file first: a malformed one prints {@code file: key: problem} (each of them, when several) and
     * nothing is run. Then runs the scenarios in file order and prints the {@link ScenarioReport}.
     *
     * @return {@link #OK}, {@link #FAILED} or {@link #NOT_RUN}
     */
    public static int run(ScenarioSystem system, List<Path> filesOrFolders, PrintStream out) {
        return load(filesOrFolders, out).map(scenarios -> runLoaded(system, scenarios, out)).orElse(NOT_RUN);
    }

    /**
     * The scenarios moved onto the given platforms in turn (the first on the first platform, the second on the
     * second, …): one pass covers every scenario and shares them out over the platforms.
     */
    public static List<Scenario> onPlatforms(List<Scenario> scenarios, List<Platform> platforms) {
        return onPlatforms(scenarios, platforms, PlatformOffers.UNKNOWN);
    }

    /**
     * The same, passing over for each scenario the platforms it does not apply to ({@link Applicability}: the system
     * there lacks a call the story needs) so that each is played where it can be. A scenario no given platform can
     * play stays on its turn's platform, where the runner reports it not applicable.
     */
    public static List<Scenario> onPlatforms(List<Scenario> scenarios, List<Platform> platforms,
            PlatformOffers offers) {
        if (platforms.isEmpty()) {
            return scenarios;
        }
        List<Scenario> moved = new ArrayList<>();
        for (int i = 0; i < scenarios.size(); i++) {
            Scenario scenario = scenarios.get(i);
            Platform placed = platforms.get(i % platforms.size());
            for (int k = 0; k < platforms.size(); k++) {
                Platform candidate = platforms.get((i + k) % platforms.size());
                if (Applicability.appliesOn(scenario, candidate, offers)) {
                    placed = candidate;
                    break;
                }
            }
            moved.add(scenario.onPlatform(placed));
        }
        return moved;
    }

    /**
     * Reads every scenario of the given files and folders, or prints why nothing can run (malformed files, each
     * as {@code file: key: problem}; no scenario file at all) and returns empty. Call it before starting a system.
     */
    public static Optional<List<Scenario>> load(List<Path> filesOrFolders, PrintStream out) {
        try {
            if (ScenarioParser.expand(filesOrFolders).isEmpty()) {
                out.println("no scenario files (.yaml, .yml, .json) found in " + filesOrFolders);
                return Optional.empty();
            }
            return Optional.of(new ScenarioParser().parseAll(filesOrFolders));
        } catch (ScenarioFormatException e) {
            List<ScenarioFormatException> all = new ArrayList<>();
            all.add(e);
            for (Throwable t : e.getSuppressed()) {
                if (t instanceof ScenarioFormatException s) {
                    all.add(s);
                }
            }
            all.forEach(problem -> out.println(problem.getMessage()));
            out.println(all.size() == 1 ? "1 malformed scenario file: nothing was run"
                    : all.size() + " malformed scenario files: nothing was run");
            out.flush();
            return Optional.empty();
        }
    }

    /** Runs already-loaded scenarios on one system and prints the report. */
    public static int runLoaded(ScenarioSystem system, List<Scenario> scenarios, PrintStream out) {
        return runLoaded(ScenarioPool.Systems.running(List.of(system)), scenarios, out);
    }

    /**
     * Runs already-loaded scenarios side by side on several independent systems ({@link ScenarioPool}; systems
     * that start on demand are started by their workers) and prints the report with each scenario's time and the
     * run's wall time, starting the systems included.
     */
    public static int runLoaded(ScenarioPool.Systems systems, List<Scenario> scenarios, PrintStream out) {
        return runLoaded(systems, scenarios, null, out);
    }

    /**
     * The same, each scenario played without and then under the platform outage {@code faults} when it is given
     * ({@link ScenarioRunner#runUnderFaults}).
     */
    public static int runLoaded(ScenarioPool.Systems systems, List<Scenario> scenarios, PlatformFaults faults,
            PrintStream out) {
        long began = System.nanoTime();
        if (faults != null) {
            out.println("each scenario played twice: as it is, then with " + faults
                    + " (the same platform calls, messages and tasks must come out of both)");
        }
        List<ScenarioResult> results = new ScenarioPool(systems).underPlatformFaults(faults).runAll(scenarios);
        ScenarioReport report = new ScenarioReport(results, Duration.ofNanos(System.nanoTime() - began), systems.size());
        report.print(out);
        return report.allPassed() ? OK : FAILED;
    }
}
