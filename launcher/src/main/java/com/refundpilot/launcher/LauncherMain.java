package com.refundpilot.launcher;

import com.refundpilot.launcher.infra.EmbeddedInfrastructure;
import com.refundpilot.launcher.infra.InfraLogging;
import com.refundpilot.launcher.system.EmbeddedSystem;
import com.refundpilot.launcher.system.ScenarioFleet;
import com.refundpilot.scenario.model.Platform;
import com.refundpilot.scenario.model.Scenario;
import com.refundpilot.scenario.run.PlatformFaults;
import com.refundpilot.scenario.run.ScenarioCli;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * The embedded default. {@code java -jar launcher.jar} runs the whole system until Ctrl-C;
 * {@code java -jar launcher.jar scenarios [--parallel N] [--platform P] [--platform-faults F] <file-or-folder>...} plays
 * scenario files against fresh in-memory systems on virtual clocks, N side by side, and exits non-zero if any failed (a
 * story that does not apply to its platform is reported not applicable, which is no failure).
 */
public final class LauncherMain {

    private static final String USAGE = """
            usage: java -jar launcher/target/launcher.jar [--in-memory] [--data-dir=DIR]
                   java -jar launcher/target/launcher.jar scenarios [--parallel N] [--platform P] [--platform-faults F]
                                                                    <file-or-folder>...
              --parallel N   play the scenarios on N independent embedded systems side by side (default 2)
              --platform P   play every scenario on platform P instead of its own (TAOBAO, TMALL, GENERIC, ...);
                             a story P does not offer the calls for is reported n/a (not applicable);
                             P1,P2,... shares the scenarios out over those platforms in turn, each on one
                             it applies to
              --platform-faults F
                             play every scenario twice: as it is, then with every platform's open API failing
                             F = RATE[,DELAY] of its calls, each answered after DELAY (e.g. 0.5,PT0.3S); both must
                             pass and make the same platform calls, buyer messages and agent tasks""";

    /** Systems side by side by default: this project's build machines have 2 cores. */
    static final int DEFAULT_PARALLEL = 2;

    private LauncherMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        InfraLogging.quiet();
        List<String> arguments = Arrays.asList(args);
        if (!arguments.isEmpty() && arguments.get(0).equals("scenarios")) {
            System.exit(runScenarios(arguments.subList(1, arguments.size())));
        }
        boolean inMemory = false;
        Path dataDir = EmbeddedInfrastructure.DEFAULT_DATA_DIR;
        for (String argument : arguments) {
            if (argument.equals("--in-memory")) {
                inMemory = true;
            } else if (argument.startsWith("--data-dir=")) {
                dataDir = Path.of(argument.substring("--data-dir=".length()));
            } else if (argument.equals("--help") || argument.equals("-h")) {
                System.out.println(USAGE);
                return;
            } else {
                System.err.println("unknown argument '" + argument + "'\n" + USAGE);
                System.exit(2);
            }
        }
        runSystem(dataDir, inMemory);
    }

    private static void runSystem(Path dataDir, boolean inMemory) throws InterruptedException {
        EmbeddedSystem system = EmbeddedSystem.start(
                new EmbeddedSystem.Options(dataDir, inMemory, false, null, List.of()));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("stopping the refund autopilot...");
            system.close();
            stopped.countDown();
        }, "launcher-shutdown"));
        System.gc();
        long usedMb = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / (1024 * 1024);
        System.out.printf("%nRefund autopilot is running (started in %.1f s, heap in use %d MiB). Ctrl-C stops it.%n%n%s%n",
                system.startMillis() / 1000.0, usedMb, system.describe());
        stopped.await();
    }

    /**
     * Plays scenario files on fresh in-memory systems, each with its own virtual clock, broker and store, N side
     * by side ({@code --parallel N}, default 2, never more than there are scenarios); returns the exit status.
     */
    static int runScenarios(List<String> arguments) {
        int parallel = DEFAULT_PARALLEL;
        List<Platform> platforms = List.of();
        PlatformFaults faults = null;
        List<String> paths = new java.util.ArrayList<>();
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (argument.equals("--parallel") || argument.startsWith("--parallel=")) {
                String value = argument.contains("=") ? argument.substring(argument.indexOf('=') + 1)
                        : i + 1 < arguments.size() ? arguments.get(++i) : "";
                try {
                    parallel = Integer.parseInt(value);
                } catch (NumberFormatException e) {
                    parallel = 0;
                }
                if (parallel < 1 || parallel > 16) {
                    System.err.println("--parallel: expected a number of systems from 1 to 16, got '" + value + "'\n" + USAGE);
                    return 2;
                }
            } else if (argument.equals("--platform") || argument.startsWith("--platform=")) {
                String value = argument.contains("=") ? argument.substring(argument.indexOf('=') + 1)
                        : i + 1 < arguments.size() ? arguments.get(++i) : "";
                try {
                    platforms = Arrays.stream(value.split(",")).map(String::trim)
                            .map(name -> Platform.valueOf(name.toUpperCase(java.util.Locale.ROOT))).toList();
                } catch (IllegalArgumentException e) {
                    System.err.println("--platform: expected one of " + Arrays.toString(Platform.values())
                            + ", got '" + value + "'\n" + USAGE);
                    return 2;
                }
            } else if (argument.equals("--platform-faults") || argument.startsWith("--platform-faults=")) {
                String value = argument.contains("=") ? argument.substring(argument.indexOf('=') + 1)
                        : i + 1 < arguments.size() ? arguments.get(++i) : "";
                try {
                    faults = PlatformFaults.parse(value);
                } catch (IllegalArgumentException e) {
                    System.err.println("--platform-faults: " + e.getMessage() + "\n" + USAGE);
                    return 2;
                }
            } else if (argument.startsWith("--")) {
                System.err.println("unknown option '" + argument + "'\n" + USAGE);
                return 2;
            } else {
                paths.add(argument);
            }
        }
        if (paths.isEmpty()) {
            System.err.println("no scenario file or folder given\n" + USAGE);
            return 2;
        }
        var loaded = ScenarioCli.load(paths.stream().map(Path::of).toList(), System.out);
        if (loaded.isEmpty()) {
            return ScenarioCli.NOT_RUN; // malformed or missing files: no need to start anything
        }
        List<Scenario> all = loaded.get();
        int systems = Math.min(parallel, all.size());
        System.out.printf("%d scenarios on %d embedded system%s side by side, each started when it is first needed...%n",
                all.size(), systems, systems == 1 ? "" : "s");
        try (ScenarioFleet fleet = ScenarioFleet.onDemand(systems, Duration.ofSeconds(60), System.out)) {
            // shared out over several platforms, each story goes to one it applies to: what the system offers there
            // is known once the first system runs
            List<Scenario> placed = platforms.size() > 1
                    ? ScenarioCli.onPlatforms(all, platforms, fleet.system(0).offers())
                    : ScenarioCli.onPlatforms(all, platforms);
            return ScenarioCli.runLoaded(fleet, placed, faults, System.out);
        }
    }
}
