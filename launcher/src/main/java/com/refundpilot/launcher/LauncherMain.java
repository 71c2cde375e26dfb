package com.refundpilot.launcher;

import com.refundpilot.kit.time.VirtualClock;
import com.refundpilot.launcher.infra.EmbeddedInfrastructure;
import com.refundpilot.launcher.infra.InfraLogging;
import com.refundpilot.launcher.system.EmbeddedScenarioSystem;
import com.refundpilot.launcher.system.EmbeddedSystem;
import com.refundpilot.launcher.system.QuiescenceProbe;
import com.refundpilot.launcher.system.SystemLayout;
import com.refundpilot.scenario.run.ScenarioCli;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * The embedded default. {@code java -jar launcher.jar} runs the whole system until Ctrl-C;
 * {@code java -jar launcher.jar scenarios <file-or-folder>...} plays scenario files against a fresh
 * in-memory system on a virtual clock and exits non-zero if any failed.
 */
public final class LauncherMain {

    private static final String USAGE = """
            usage: java -jar launcher/target/launcher.jar [--in-memory] [--data-dir=DIR]
                   java -jar launcher/target/launcher.jar scenarios <file-or-folder>...""";

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

    /** Plays scenario files on a fresh in-memory system with a virtual clock; returns the exit status. */
    static int runScenarios(List<String> paths) {
        if (paths.isEmpty()) {
            System.err.println("no scenario file or folder given\n" + USAGE);
            return 2;
        }
        var scenarios = ScenarioCli.load(paths.stream().map(Path::of).toList(), System.out);
        if (scenarios.isEmpty()) {
            return ScenarioCli.NOT_RUN; // malformed or missing files: no need to start anything
        }
        var clock = new VirtualClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        System.out.println("starting the embedded system for scenarios...");
        try (EmbeddedSystem system = EmbeddedSystem.start(new EmbeddedSystem.Options(EmbeddedInfrastructure.DEFAULT_DATA_DIR, true, true, clock,
                List.of("--logging.level.root=WARN", "--refundpilot.outbox.sweep-interval=PT0.2S")));
                QuiescenceProbe probe = new QuiescenceProbe(system.infrastructure().kafkaBootstrapServers(),
                        system.infrastructure().mongoUri(), SystemLayout.ALL, clock)) {
            probe.awaitConsumersReady(Duration.ofSeconds(60));
            return ScenarioCli.runLoaded(new EmbeddedScenarioSystem(system, clock, probe), scenarios.get(), System.out);
        }
    }
}
