package com.refundpilot.launcher.system;

import java.util.List;

/**
 * One application of the embedded system: its Spring Boot class, config name ({@code <name>.yml}),
 * database and the topics its consumer group reads (for the quiescence probe).
 */
public record ServiceSpec(String name, Class<?> application, int defaultPort, String database,
        List<String> consumedTopics) {

    public boolean usesKafkaAndMongo() {
        return database != null;
    }
}
