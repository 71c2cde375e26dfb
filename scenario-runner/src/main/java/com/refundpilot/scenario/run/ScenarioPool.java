package com.refundpilot.scenario.run;

import com.refundpilot.scenario.model.Scenario;
import com.refundpilot.scenario.model.SystemStep;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Plays scenarios on several independent systems side by side. The whole of one system shares one virtual
 * clock, so one system plays one scenario at a time; parallel means several systems, each taking the next
 * scenario of the list when it is done with its own (the slow ones do not hold the others up). A system may be
 * started by its worker when the run begins ({@link Systems}): the first plays while the next starts. Results
 * come back in list order, whichever system played them; the likely longest scenarios are handed out first.
 */
public final class ScenarioPool {

    /** The systems of a run, by index; {@link #system} may start one (called once per index, by its worker). */
    public interface Systems {

        int size();

        /** The system of worker {@code index}, started if need be; an exception leaves the worker out. */
        ScenarioSystem system(int index);

        /** Systems that are already running. */
        static Systems running(List<? extends ScenarioSystem> systems) {
            List<ScenarioSystem> copy = List.copyOf(systems);
            return new Systems() {
                @Override
                public int size() {
                    return copy.size();
                }

                @Override
                public ScenarioSystem system(int index) {
                    return copy.get(index);
                }
            };
        }
    }

    private final Systems systems;
    private final Duration timeout;
    /** When set, each scenario is played without and then under this platform outage (runUnderFaults). */
    private final PlatformFaults faults;

    public ScenarioPool(Systems systems, Duration timeout) {
        this(systems, timeout, null);
    }

    private ScenarioPool(Systems systems, Duration timeout, PlatformFaults faults) {
        if (systems.size() < 1) {
            throw new IllegalArgumentException("at least one system");
        }
        this.systems = systems;
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.faults = faults;
    }

    /** The same pool, playing every scenario without and then under the platform outage ({@code null}: never). */
    public ScenarioPool underPlatformFaults(PlatformFaults faults) {
        return new ScenarioPool(systems, timeout, faults);
    }

    public ScenarioPool(List<? extends ScenarioSystem> systems, Duration timeout) {
        this(Systems.running(systems), timeout);
    }

    public ScenarioPool(Systems systems) {
        this(systems, ScenarioRunner.DEFAULT_TIMEOUT);
    }

    /**
     * Runs every scenario once, on whichever system is free first; never throws for a scenario's problem. A
     * system that cannot be started plays nothing; scenarios no system could play fail with the reason.
     */
    public List<ScenarioResult> runAll(List<Scenario> scenarios) {
        List<Integer> order = longestFirst(scenarios);
        AtomicInteger next = new AtomicInteger();
        AtomicReferenceArray<ScenarioResult> results = new AtomicReferenceArray<>(scenarios.size());
        List<String> startFailures = Collections.synchronizedList(new ArrayList<>());
        int size = systems.size();
        ExecutorService workers = Executors.newFixedThreadPool(size);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < size; w++) {
                int index = w;
                running.add(workers.submit(() -> {
                    Thread.currentThread().setName("scenario-system-" + (index + 1));
                    ScenarioSystem system;
                    try {
                        system = systems.system(index);
                    } catch (RuntimeException e) {
                        startFailures.add("system " + (index + 1) + " did not start: " + e);
                        return;
                    }
                    ScenarioRunner runner = new ScenarioRunner(system, timeout);
                    for (int n = next.getAndIncrement(); n < scenarios.size(); n = next.getAndIncrement()) {
                        int i = order.get(n);
                        results.set(i, faults == null ? runner.run(scenarios.get(i))
                                : runner.runUnderFaults(scenarios.get(i), faults));
                    }
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running scenarios", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a scenario worker crashed: " + e.getCause(), e.getCause());
        } finally {
            workers.shutdownNow();
        }
        List<ScenarioResult> ordered = new ArrayList<>(scenarios.size());
        for (int i = 0; i < scenarios.size(); i++) {
            Scenario s = scenarios.get(i);
            ScenarioResult r = results.get(i);
            ordered.add(r != null ? r : ScenarioResult.of(s.name(), s.source(),
                    List.of("not run: no system could play it (" + String.join("; ", startFailures) + ")"), Duration.ZERO));
        }
        return ordered;
    }

    /**
     * The order to hand scenarios out in: the likely longest first, so a long one does not start last and keep
     * one system busy while the others are idle. Every step costs a settle or two; a restart costs a Spring start
     * per service. Ties keep the list order.
     */
    static List<Integer> longestFirst(List<Scenario> scenarios) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < scenarios.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt((Integer i) -> -cost(scenarios.get(i))));
        return order;
    }

    private static int cost(Scenario scenario) {
        int cost = 0;
        for (var step : scenario.steps()) {
            cost += step instanceof SystemStep restart ? 10 * restart.services().size() : 1;
        }
        return cost;
    }
}
