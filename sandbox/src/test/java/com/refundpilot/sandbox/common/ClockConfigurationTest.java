package com.refundpilot.sandbox.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class ClockConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(ClockConfiguration.class);

    @Test
    void defaultsToTheUtcSystemClock() {
        runner.run(context -> assertThat(context.getBean(Clock.class)).isEqualTo(Clock.systemUTC()));
    }

    @Test
    void backsOffForAClockRegisteredBeforeRefresh() {
        Clock shared = Clock.fixed(Instant.parse("2026-11-11T02:00:00Z"), ZoneOffset.UTC);
        runner.withInitializer(context -> context.getBeanFactory().registerSingleton("clock", shared))
                .run(context -> assertThat(context.getBean(Clock.class)).isSameAs(shared));
    }
}
