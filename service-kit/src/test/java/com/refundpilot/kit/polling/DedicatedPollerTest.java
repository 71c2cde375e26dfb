package com.refundpilot.kit.polling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DedicatedPollerTest {

    @Test
    void pollsAgainAfterARunThatFailed() {
        AtomicInteger runs = new AtomicInteger();
        var poller = new DedicatedPoller("test-poller", () -> {
            if (runs.incrementAndGet() == 1) {
                throw new IllegalStateException("the store blinked");
            }
        }, Duration.ofMillis(10));

        poller.start();
        try {
            await().atMost(Duration.ofSeconds(5)).until(() -> runs.get() >= 3);
        } finally {
            poller.stop();
        }
        assertThat(poller.isRunning()).isFalse();
    }

    @Test
    void pollsOnItsOwnNamedThreadAndNoMoreOnceStopped() {
        AtomicInteger runs = new AtomicInteger();
        StringBuilder thread = new StringBuilder();
        var poller = new DedicatedPoller("timer-sweeper", () -> {
            if (runs.incrementAndGet() == 1) {
                thread.append(Thread.currentThread().getName());
            }
        }, Duration.ofMillis(10));

        poller.start();
        await().atMost(Duration.ofSeconds(5)).until(() -> runs.get() >= 1);
        poller.stop();
        int afterStop = runs.get();
        poller.stop(); // twice is harmless

        assertThat(thread.toString()).isEqualTo("timer-sweeper");
        await().during(Duration.ofMillis(100)).atMost(Duration.ofSeconds(1)).until(() -> runs.get() == afterStop);
    }

    @Test
    void refusesAnIntervalThatIsNotPositive() {
        assertThatThrownBy(() -> new DedicatedPoller("p", () -> { }, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("p: the interval must be positive");
    }
}
