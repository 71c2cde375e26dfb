package com.refundpilot.sandbox.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WebhookRedeliveryTest {

    private final WebhookRedelivery redelivery = new WebhookRedelivery(3, Duration.ofMillis(10), Duration.ofMillis(40));

    @AfterEach
    void stop() {
        redelivery.stop();
    }

    @Test
    void a_push_answered_503_is_delivered_again_until_taken() {
        Receiver receiver = new Receiver(503, 0, 200);

        assertThat(redelivery.now(receiver)).isEqualTo(503);

        await().atMost(Duration.ofSeconds(5)).until(() -> redelivery.pending() == 0);
        assertThat(receiver.answered).containsExactly(503, 0, 200);
    }

    @Test
    void a_refused_push_is_not_delivered_again() {
        Receiver receiver = new Receiver(401, 200);

        assertThat(redelivery.now(receiver)).isEqualTo(401);

        assertThat(redelivery.pending()).isZero();
        assertThat(receiver.answered).containsExactly(401);
    }

    @Test
    void redelivery_gives_up_after_the_configured_number_of_tries() {
        Receiver receiver = new Receiver(503, 503, 503, 503, 503, 200);

        redelivery.later(receiver);

        await().atMost(Duration.ofSeconds(5)).until(() -> redelivery.pending() == 0);
        assertThat(receiver.answered).as("the first try and three redeliveries").containsExactly(503, 503, 503, 503);
    }

    @Test
    void pushes_sent_later_keep_their_order_and_count_as_pending_until_taken() {
        List<String> order = new CopyOnWriteArrayList<>();
        Receiver slowFirst = new Receiver(503, 200);
        redelivery.later(() -> {
            order.add("first");
            return slowFirst.getAsInt();
        });
        redelivery.later(() -> {
            order.add("second");
            return 200;
        });

        assertThat(redelivery.pending()).isPositive();
        await().atMost(Duration.ofSeconds(5)).until(() -> redelivery.pending() == 0);
        assertThat(order).containsExactly("first", "second", "first");
    }

    @Test
    void the_wait_doubles_up_to_the_maximum() {
        assertThat(redelivery.waitBefore(1)).isEqualTo(Duration.ofMillis(10));
        assertThat(redelivery.waitBefore(2)).isEqualTo(Duration.ofMillis(20));
        assertThat(redelivery.waitBefore(3)).isEqualTo(Duration.ofMillis(40));
        assertThat(redelivery.waitBefore(9)).isEqualTo(Duration.ofMillis(40));
    }

    /** Answers the given statuses in turn (the last one from then on) and remembers what it answered. */
    private static final class Receiver implements IntSupplier {

        private final Deque<Integer> statuses = new ArrayDeque<>();
        private final List<Integer> answered = new CopyOnWriteArrayList<>();

        Receiver(Integer... statuses) {
            this.statuses.addAll(List.of(statuses));
        }

        @Override
        public synchronized int getAsInt() {
            int status = statuses.size() > 1 ? statuses.pop() : statuses.peek();
            answered.add(status);
            return status;
        }
    }
}
