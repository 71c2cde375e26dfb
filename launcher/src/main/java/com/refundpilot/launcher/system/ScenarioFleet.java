package com.refundpilot.launcher.system;

import com.refundpilot.kit.time.VirtualClock;
import com.refundpilot.launcher.infra.EmbeddedInfrastructure;
import com.refundpilot.scenario.run.ScenarioPool;
import com.refundpilot.scenario.run.ScenarioSystem;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Several independent embedded systems for playing scenarios side by side, all in this JVM: each its own KRaft
 * broker, Mongo-wire store, virtual clock, free ports and Spring contexts (Micrometer registries are per context,
 * Kafka client IDs carry a JVM-wide counter). One thing is shared: the brokers' own JMX metrics
 * ({@code kafka.server:*}) live in Kafka's JVM-global Yammer registry under names without the broker, so two
 * brokers count into the same MBeans and the first to stop unregisters them. Nothing here reads them; a
 * standalone launcher runs a single system.
 *
 * <p>A system is started when its worker asks for it ({@link #system}), one start at a time: on two cores the first
 * system plays its first scenarios while the next one starts. (Each Spring start, a scenario's restart included,
 * also holds {@code EmbeddedSystem}'s JVM-wide lock: Spring Boot re-initialises the JVM's one logback each time.)
 */
public final class ScenarioFleet implements ScenarioPool.Systems, AutoCloseable {

    /** How scenario systems run: quiet logs, a short outbox sweep (in memory, on free ports). */
    static final List<String> SCENARIO_ARGS =
            List.of("--logging.level.root=WARN", "--refundpilot.outbox.sweep-interval=PT0.2S");

    private final int size;
    private final Duration readyTimeout;
    private final PrintStream log;
    private final long created = System.nanoTime();
    private final Object startLock = new Object();
    private final List<EmbeddedSystem> systems = new ArrayList<>();
    private final List<QuiescenceProbe> probes = new ArrayList<>();
    private final ScenarioSystem[] started;
    private boolean closed;

    private ScenarioFleet(int size, Duration readyTimeout, PrintStream log) {
        if (size < 1) {
            throw new IllegalArgumentException("a fleet has at least one system, not " + size);
        }
        this.size = size;
        this.readyTimeout = readyTimeout;
        this.log = log;
        this.started = new ScenarioSystem[size];
    }

    /** {@code size} fresh in-memory systems, each started when its worker first asks for it. */
    public static ScenarioFleet onDemand(int size, Duration readyTimeout, PrintStream log) {
        return new ScenarioFleet(size, readyTimeout, log);
    }

    /** Already-started systems (tests), each with the clock it was started with; closing closes them. */
    public static ScenarioFleet of(List<EmbeddedSystem> running, List<VirtualClock> clocks) {
        ScenarioFleet fleet = new ScenarioFleet(running.size(), Duration.ofSeconds(60), null);
        for (int i = 0; i < running.size(); i++) {
            fleet.started[i] = fleet.add(running.get(i), clocks.get(i));
        }
        return fleet;
    }

    @Override
    public int size() {
        return size;
    }

    /** System {@code index}: started (and its consumer groups assigned) on the first call. */
    @Override
    public ScenarioSystem system(int index) {
        synchronized (startLock) {
            if (started[index] != null) {
                return started[index];
            }
            if (closed) {
                throw new IllegalStateException("the fleet is closed");
            }
            long began = System.nanoTime();
            VirtualClock clock = new VirtualClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
            EmbeddedSystem system = EmbeddedSystem.start(new EmbeddedSystem.Options(
                    EmbeddedInfrastructure.DEFAULT_DATA_DIR, true, true, clock, SCENARIO_ARGS));
            ScenarioSystem scenarioSystem = add(system, clock);
            scenarioSystem.awaitConsumersReady(readyTimeout);
            started[index] = scenarioSystem;
            if (log != null) {
                log.printf("system %d of %d ready in %.1f s (%.1f s into the run)%n", index + 1, size,
                        (System.nanoTime() - began) / 1e9, (System.nanoTime() - created) / 1e9);
            }
            return scenarioSystem;
        }
    }

    private ScenarioSystem add(EmbeddedSystem system, VirtualClock clock) {
        systems.add(system);
        QuiescenceProbe probe = new QuiescenceProbe(system.infrastructure().kafkaBootstrapServers(),
                system.infrastructure().mongoUri(), SystemLayout.ALL, clock, system.url(SystemLayout.SANDBOX));
        probes.add(probe);
        return new EmbeddedScenarioSystem(system, clock, probe);
    }

    /** The systems started so far. */
    public List<EmbeddedSystem> systems() {
        synchronized (startLock) {
            return List.copyOf(systems);
        }
    }

    @Override
    public void close() {
        synchronized (startLock) {
            closed = true;
            probes.forEach(QuiescenceProbe::close);
            for (int i = systems.size() - 1; i >= 0; i--) {
                systems.get(i).close();
            }
            probes.clear();
            systems.clear();
        }
    }
}
