package com.refundpilot.kit.polling;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs one poll on its own thread, {@code interval} after the previous run ended. The kit's pollers that deadlines
 * and deliveries hang on (the timer sweeper, the outbox relay) use one each instead of Spring's {@code @Scheduled}
 * pool, which has one thread by default: there a reconciliation run against a slow platform (minutes, with many
 * shops) held every due timer of the service until it ended.
 */
public final class DedicatedPoller implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DedicatedPoller.class);
    /** A run in progress (a platform call) gets this long to end when the service stops. */
    private static final Duration STOP_GRACE = Duration.ofSeconds(10);

    private final String name;
    private final Runnable poll;
    private final Duration interval;
    private ScheduledExecutorService executor;

    public DedicatedPoller(String name, Runnable poll, Duration interval) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException(name + ": the interval must be positive, was " + interval);
        }
        this.name = name;
        this.poll = poll;
        this.interval = interval;
    }

    @Override
    public synchronized void start() {
        if (executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::pollOnce, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** A failed run is logged and the next one comes as usual (an escaping exception would end the schedule). */
    private void pollOnce() {
        try {
            poll.run();
        } catch (RuntimeException e) {
            log.warn("{}: this run failed, the next comes in {}: {}", name, interval, e.toString());
        }
    }

    @Override
    public synchronized void stop() {
        if (executor == null) {
            return;
        }
        executor.shutdown();
        try {
            if (!executor.awaitTermination(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                executor.shutdownNow(); // what it held is leased or still in its outbox: another run takes it
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
        executor = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
