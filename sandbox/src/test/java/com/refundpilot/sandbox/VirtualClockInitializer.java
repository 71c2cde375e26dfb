package com.refundpilot.sandbox;

import java.time.Instant;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Registers the shared test clock as singleton "clock" before refresh, exactly as the launcher does. */
public class VirtualClockInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** 2026-11-11 10:00:00 in Shanghai: Double 11. */
    public static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-11-11T02:00:00Z"));

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getBeanFactory().registerSingleton("clock", CLOCK);
    }
}
