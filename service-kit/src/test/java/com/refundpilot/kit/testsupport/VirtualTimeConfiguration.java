package com.refundpilot.kit.testsupport;

import com.refundpilot.kit.time.VirtualClock;
import java.time.Clock;
import java.time.Instant;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Adds a {@link VirtualClock} starting at {@link #START} as the service's clock: a test moves time by
 * advancing it, never by waiting. Add it to {@code @SpringBootTest(classes = ...)}.
 */
@TestConfiguration
public class VirtualTimeConfiguration {

    public static final Instant START = Instant.parse("2026-11-11T02:00:00Z");

    @Bean
    @Primary
    Clock virtualClock() {
        return new VirtualClock(START);
    }
}
