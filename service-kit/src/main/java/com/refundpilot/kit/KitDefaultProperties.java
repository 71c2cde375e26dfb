package com.refundpilot.kit;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * Adds {@code refundpilot-kit-defaults.properties} as the lowest-precedence property source: the Kafka,
 * Actuator and metrics settings every service shares, overridable by each service's application.yml, the
 * environment or the command line.
 */
public class KitDefaultProperties implements EnvironmentPostProcessor {

    static final String SOURCE_NAME = "refundpilotKitDefaults";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.getPropertySources().contains(SOURCE_NAME)) {
            return;
        }
        try {
            environment.getPropertySources().addLast(new ResourcePropertySource(SOURCE_NAME,
                    new ClassPathResource("refundpilot-kit-defaults.properties")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
