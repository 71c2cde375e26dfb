package com.refundpilot.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DeliveryRetryPropertiesTest {

    private final DeliveryRetryProperties retry = new DeliveryRetryProperties(Duration.ofSeconds(30), 2,
            Duration.ofMinutes(10), Duration.ofMinutes(2));

    @Test
    void theWaitDoublesFromTheFirstAndStopsGrowingAtTheMaximum() {
        assertThat(retry.retryAfter(0)).isEqualTo(Duration.ofSeconds(30));
        assertThat(retry.retryAfter(1)).isEqualTo(Duration.ofSeconds(60));
        assertThat(retry.retryAfter(4)).isEqualTo(Duration.ofMinutes(8));
        assertThat(retry.retryAfter(5)).isEqualTo(Duration.ofMinutes(10));
        assertThat(retry.retryAfter(500)).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void aMaximumBelowTheFirstWaitOrANoLeaseIsRefusedAtStartup() {
        assertThatThrownBy(() -> new DeliveryRetryProperties(Duration.ofMinutes(1), 2, Duration.ofSeconds(30),
                Duration.ofMinutes(2))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DeliveryRetryProperties(Duration.ofSeconds(30), 2, Duration.ofMinutes(10),
                Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
