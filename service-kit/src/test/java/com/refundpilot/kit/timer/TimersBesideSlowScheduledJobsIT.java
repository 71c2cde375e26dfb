package com.refundpilot.kit.timer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.refundpilot.kit.KitTestApplication;
import com.refundpilot.kit.testsupport.EmbeddedMongo;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * A service's own scheduled job that runs for a long time (a reconciliation against a slow platform) does not hold
 * back its due timers: they fire on the kit's own thread, not on Spring's one-thread {@code @Scheduled} pool.
 */
class TimersBesideSlowScheduledJobsIT {

    private static EmbeddedKafkaKraftBroker kafka;

    @BeforeAll
    static void startBroker() {
        kafka = new EmbeddedKafkaKraftBroker(1, 1);
        kafka.afterPropertiesSet();
    }

    @AfterAll
    static void stopBroker() {
        kafka.destroy();
    }

    @Test
    void aDueTimerFiresWhileAScheduledJobHoldsTheSchedulerThread() {
        try (var service = new SpringApplicationBuilder(KitTestApplication.class, SlowJobAndTimers.class)
                .properties("spring.application.name=kit-test", "server.port=0",
                        "spring.kafka.bootstrap-servers=" + kafka.getBrokersAsString(),
                        "spring.mongodb.uri=" + EmbeddedMongo.freshUri("timers-beside-slow-jobs"),
                        "refundpilot.timers.sweep-interval=PT0.05S")
                .run()) {
            SlowJobAndTimers app = service.getBean(SlowJobAndTimers.class);
            try {
                assertThat(awaitStarted(app.slowJobRunning)).as("the slow job holds the scheduler thread").isTrue();

                service.getBean(TimerStore.class).schedule("case-1", "DEADLINE", Clock.systemUTC().instant());

                await().atMost(Duration.ofSeconds(10)).until(() -> !app.fired.isEmpty());
                assertThat(app.fired).extracting(DueTimer::aggregateId).containsExactly("case-1");
                assertThat(app.slowJobRelease.getCount()).as("the slow job is still running").isEqualTo(1);
            } finally {
                app.slowJobRelease.countDown();
            }
        }
    }

    private static boolean awaitStarted(CountDownLatch started) {
        try {
            return started.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Extra beans for this test only (a plain class, so other tests' component scans do not pick it up). */
    static class SlowJobAndTimers {
        final List<DueTimer> fired = new CopyOnWriteArrayList<>();
        final CountDownLatch slowJobRunning = new CountDownLatch(1);
        final CountDownLatch slowJobRelease = new CountDownLatch(1);

        @Bean
        TimerHandler recordingHandler() {
            return fired::add;
        }

        /** Runs until the test releases it, on the @Scheduled pool's only thread. */
        @Scheduled(fixedDelay = 50)
        void slowReconciliation() throws InterruptedException {
            slowJobRunning.countDown();
            slowJobRelease.await(30, TimeUnit.SECONDS);
        }
    }
}
