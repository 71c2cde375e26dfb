package com.refundpilot.sandbox.common;

import java.time.Duration;
import java.util.Random;

/**
 * The fault injected into one open API: {@code failRate} of its calls answer 503 before anything happens, and every
 * call waits {@code delay} first (then runs, or fails). Which calls fail follows {@code seed}: the same calls in the
 * same order fail the same way on every run.
 */
final class Fault {

    /** Enough to outlast any client time-out here; more would only tie up the server's threads. */
    static final Duration MAX_DELAY = Duration.ofSeconds(10);

    private final FaultTarget target;
    private final double failRate;
    private final Duration delay;
    private final long seed;
    private final Random dice;
    private long calls;
    private long failed;

    Fault(FaultTarget target, double failRate, Duration delay, long seed) {
        if (failRate < 0 || failRate > 1) {
            throw new InvalidFieldException("failRate", "must be between 0 and 1, was " + failRate);
        }
        if (delay.isNegative() || delay.compareTo(MAX_DELAY) > 0) {
            throw new InvalidFieldException("delay", "must be between PT0S and " + MAX_DELAY + ", was " + delay);
        }
        this.target = target;
        this.failRate = failRate;
        this.delay = delay;
        this.seed = seed;
        this.dice = new Random(seed);
    }

    /** Counts the call and says whether it fails. */
    synchronized boolean nextCallFails() {
        calls++;
        boolean fails = dice.nextDouble() < failRate;
        if (fails) {
            failed++;
        }
        return fails;
    }

    Duration delay() {
        return delay;
    }

    synchronized FaultView view() {
        return new FaultView(target.id(), failRate, delay.toString(), seed, calls, failed);
    }

    /** What GET /sandbox/faults shows of one fault. */
    public record FaultView(String target, double failRate, String delay, long seed, long calls, long failed) {
    }
}
