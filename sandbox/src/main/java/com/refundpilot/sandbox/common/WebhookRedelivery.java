package com.refundpilot.sandbox.common;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Every platform's webhook pushes, delivered at least once as the real platforms do: a push the merchant's
 * receiver did not take (no answer, or a 5xx such as the adapter's 503 when it cannot read the refund's details)
 * is delivered again, up to {@code sandbox.push.redeliveries} more times, waiting {@code first-redelivery-after}
 * doubling to {@code max-redelivery-after} between tries. A 2xx ends it, and so does a 4xx: the receiver refused
 * that message, sending it again would not change its mind. TMC, Douyin and WeChat redeliver over minutes; the
 * sandbox waits real (not virtual) seconds, so a scenario's clock needs no moving for it.
 *
 * <p>Pushes that follow a merchant's call go through one background thread, so an API answer never waits on the
 * merchant's own webhook and pushes keep their order. {@link #pending()} counts the pushes not finished yet (queued
 * or waiting for a redelivery): the embedded system is not settled while any is.
 */
@Component
public class WebhookRedelivery {

    private static final Logger log = LoggerFactory.getLogger(WebhookRedelivery.class);

    private final int redeliveries;
    private final Duration first;
    private final Duration max;
    private final ScheduledExecutorService thread;
    private final AtomicInteger pending = new AtomicInteger();

    public WebhookRedelivery(@Value("${sandbox.push.redeliveries:10}") int redeliveries,
            @Value("${sandbox.push.first-redelivery-after:PT0.25S}") Duration first,
            @Value("${sandbox.push.max-redelivery-after:PT2S}") Duration max) {
        this.redeliveries = redeliveries;
        this.first = first;
        this.max = max;
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "sandbox-webhook-push");
            t.setDaemon(true);
            return t;
        });
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        this.thread = executor;
    }

    /** Whether the receiver did not take the push, so a platform delivers it again. */
    public static boolean notTaken(int status) {
        return status == PushStatus.NO_ANSWER || status >= 500;
    }

    /** Delivers now and answers the first try's status; a push not taken is delivered again in the background. */
    public int now(IntSupplier deliverOnce) {
        int status = deliverOnce.getAsInt();
        if (notTaken(status) && redeliveries > 0) {
            pending.incrementAndGet();
            redeliverLater(deliverOnce, 1);
        }
        return status;
    }

    /** Delivers on the background thread, in order, and again while it is not taken. */
    public void later(IntSupplier deliverOnce) {
        pending.incrementAndGet();
        thread.execute(() -> attempt(deliverOnce, 0));
    }

    /** Pushes queued or waiting for a redelivery. */
    public int pending() {
        return pending.get();
    }

    private void attempt(IntSupplier deliverOnce, int redelivery) {
        int status;
        try {
            status = deliverOnce.getAsInt();
        } catch (RuntimeException e) {
            log.warn("webhook push failed: {}", e.toString());
            status = PushStatus.NO_ANSWER;
        }
        if (notTaken(status) && redelivery < redeliveries) {
            redeliverLater(deliverOnce, redelivery + 1);
        } else {
            if (notTaken(status)) {
                log.warn("webhook push not taken after {} redeliveries (last status {}): given up", redelivery, status);
            }
            pending.decrementAndGet();
        }
    }

    private void redeliverLater(IntSupplier deliverOnce, int redelivery) {
        thread.schedule(() -> attempt(deliverOnce, redelivery), waitBefore(redelivery).toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The wait before the n-th redelivery (1-based): first, doubling, at most max. */
    Duration waitBefore(int redelivery) {
        Duration wait = first.multipliedBy(1L << Math.min(redelivery - 1, 20));
        return wait.compareTo(max) > 0 ? max : wait;
    }

    @PreDestroy
    void stop() {
        thread.shutdownNow();
    }
}
