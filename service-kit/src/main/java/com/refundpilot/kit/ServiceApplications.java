package com.refundpilot.kit;

import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * Starts a service with its own config file, {@code <name>.yml} instead of {@code application.yml}: the
 * launcher runs every service in one JVM, on one classpath, where five {@code application.yml} would
 * shadow each other.
 */
public final class ServiceApplications {

    private ServiceApplications() {
    }

    public static SpringApplicationBuilder builder(Class<?> application, String name) {
        return new SpringApplicationBuilder(application).properties(Map.of("spring.config.name", name));
    }
}
