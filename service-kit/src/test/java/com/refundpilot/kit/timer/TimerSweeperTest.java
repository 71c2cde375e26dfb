package com.refundpilot.kit.timer;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClients;
import com.refundpilot.kit.testsupport.EmbeddedMongo;
import com.refundpilot.kit.time.VirtualClock;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Persisted timers on the Mongo wire protocol, moved by a virtual clock: nothing sleeps. */
class TimerSweeperTest {

    private static final Instant START = Instant.parse("2026-11-11T02:00:00Z");

    private final VirtualClock clock = new VirtualClock(START);
    private final List<DueTimer> fired = new CopyOnWriteArrayList<>();
    private MongoTemplate mongo;
    private TimerStore timers;

    @BeforeEach
    void setUp() {
        String uri = EmbeddedMongo.freshUri("timers");
        mongo = new MongoTemplate(MongoClients.create(uri), uri.substring(uri.lastIndexOf('/') + 1));
        timers = new TimerStore(mongo);
    }

    private TimerSweeper sweeper(TimerHandler handler) {
        return new TimerSweeper(mongo, clock, handler, Duration.ofMinutes(1), new SimpleMeterRegistry());
    }

    @Test
    void firesOnlyOnceTheClockReachesTheDueTime() {
        timers.schedule("case-1", "ESCALATE", START.plus(Duration.ofHours(48)));
        var sweeper = sweeper(fired::add);

        clock.advance(Duration.ofHours(47).plusMinutes(59));
        assertThat(sweeper.sweep()).isZero();

        clock.advance(Duration.ofMinutes(1));
        assertThat(sweeper.sweep()).isEqualTo(1);
        assertThat(fired).containsExactly(new DueTimer("case-1", "ESCALATE", START.plus(Duration.ofHours(48))));
        assertThat(sweeper.sweep()).isZero();
        assertThat(timers.find("case-1", "ESCALATE")).isNull();
    }

    @Test
    void movingADeadlineUpdatesTheSameTimer() {
        timers.schedule("case-1", "LAST_RESORT", START.plus(Duration.ofHours(10)));
        timers.schedule("case-1", "LAST_RESORT", START.plus(Duration.ofHours(20)));
        var sweeper = sweeper(fired::add);

        clock.advance(Duration.ofHours(15));
        assertThat(sweeper.sweep()).isZero();
        clock.advance(Duration.ofHours(5));
        assertThat(sweeper.sweep()).isEqualTo(1);
        assertThat(fired).extracting(DueTimer::dueAt).containsExactly(START.plus(Duration.ofHours(20)));
    }

    @Test
    void aFailingHandlerLeavesTheTimerDueForTheNextSweep() {
        timers.schedule("case-1", "ESCALATE", START);
        var failing = sweeper(timer -> {
            throw new IllegalStateException("store down");
        });
        assertThat(failing.sweep()).isEqualTo(1);
        assertThat(timers.find("case-1", "ESCALATE").getState()).isEqualTo(TimerDocument.State.PENDING);

        assertThat(sweeper(fired::add).sweep()).isEqualTo(1);
        assertThat(fired).hasSize(1);
    }

    @Test
    void aClaimWhoseHolderDiedIsTakenAgainAfterTheLease() {
        timers.schedule("case-1", "ESCALATE", START);
        var dying = sweeper(timer -> {
            throw new OutOfMemoryError("simulated crash inside the handler");
        });
        try {
            dying.sweep();
        } catch (OutOfMemoryError expected) {
            // the claim stays behind, as after kill -9
        }
        var survivor = sweeper(fired::add);
        assertThat(survivor.sweep()).isZero();

        clock.advance(Duration.ofMinutes(1));
        assertThat(survivor.sweep()).isEqualTo(1);
        assertThat(fired).hasSize(1);
    }

    @Test
    void twoInstancesSweepingTogetherFireEachTimerOnce() throws Exception {
        for (int i = 0; i < 60; i++) {
            timers.schedule("case-" + i, "ESCALATE", START.plusSeconds(i));
        }
        clock.advance(Duration.ofHours(1));
        var a = sweeper(fired::add);
        var b = sweeper(fired::add);
        var pool = Executors.newFixedThreadPool(2);
        var go = new CountDownLatch(1);
        try {
            Future<Integer> fromA = pool.submit(() -> {
                go.await();
                return a.sweep();
            });
            Future<Integer> fromB = pool.submit(() -> {
                go.await();
                return b.sweep();
            });
            go.countDown();
            assertThat(fromA.get(30, TimeUnit.SECONDS) + fromB.get(30, TimeUnit.SECONDS)).isEqualTo(60);
        } finally {
            pool.shutdownNow();
        }
        assertThat(fired).hasSize(60);
        assertThat(fired.stream().map(DueTimer::aggregateId).distinct()).hasSize(60);
    }
}
