package com.refundpilot.sandbox;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The outside world (a Taobao-style platform, a merchant ERP, a courier network) as one HTTP app. */
@SpringBootApplication
@EnableScheduling
@ConfigurationPropertiesScan
public class SandboxApplication {

    /** Config lives in {@code sandbox.yml}, not application.yml: the launcher shares one classpath. */
    public static final String CONFIG_NAME = "sandbox";

    public static void main(String[] args) {
        SpringApplication app = new SpringApplication(SandboxApplication.class);
        app.setDefaultProperties(java.util.Map.of("spring.config.name", CONFIG_NAME));
        app.run(args);
    }
}
