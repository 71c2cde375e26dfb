package com.refundpilot.launcher.infra;

import java.util.List;

import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;

/**
 * Keeps the embedded infrastructure quiet: Kafka (broker and clients), mongo-java-server, H2 and Netty log at WARN.
 *
 * <p>Two layers, because Spring Boot re-initialises logback every time a {@code SpringApplication} starts in this
 * JVM (which would wipe levels set programmatically):
 * <ul>
 *   <li>{@code logging.level.<name>=WARN} system properties (only when not already set), which every Spring Boot
 *       application in the JVM applies when it (re)configures logging;</li>
 *   <li>the same levels set directly on logback now, for everything that logs before the first Spring Boot
 *       application starts (the broker and the store start first).</li>
 * </ul>
 * A level given explicitly as a system property (e.g. {@code -Dlogging.level.kafka=INFO}) wins.
 */
public final class InfraLogging {

    /** Logger names muted to WARN. {@code state.change.logger} is Kafka's partition state-change log. */
    public static final List<String> QUIET_LOGGERS = List.of(
            "kafka", "org.apache.kafka", "state.change.logger",
            "de.bwaldvogel.mongo", "org.h2", "io.netty");

    private static final String PREFIX = "logging.level.";

    private InfraLogging() {
    }

    /** Applies the WARN defaults; cheap and idempotent. */
    public static void quiet() {
        for (String name : QUIET_LOGGERS) {
            String key = PREFIX + name;
            if (System.getProperty(key) == null) {
                System.setProperty(key, "WARN");
            }
        }
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        if (factory instanceof LoggerContext context) {
            for (String name : QUIET_LOGGERS) {
                Level level = Level.toLevel(System.getProperty(PREFIX + name), Level.WARN);
                context.getLogger(name).setLevel(level);
            }
        }
    }
}
