package com.refundpilot.kit.timer;

/**
 * Reacts to a due timer. It must be idempotent ({@link DueTimer#firingKey()}): after a crash, or with two
 * instances, a firing can be delivered more than once. Throwing leaves the timer due for the next sweep.
 */
public interface TimerHandler {

    void onTimer(DueTimer timer);
}
