package com.refundpilot.kit.messaging;

import com.refundpilot.contracts.topics.Topics;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

/** Declares every catalogue topic and its dead-letter twin; KafkaAdmin creates the missing ones at start. */
@Configuration(proxyBeanMethods = false)
public class TopicDeclarations {

    @Bean
    KafkaAdmin.NewTopics refundPilotTopics(@Value("${refundpilot.kafka.partitions:3}") int partitions,
            @Value("${refundpilot.kafka.replication-factor:1}") short replicationFactor) {
        List<NewTopic> topics = new ArrayList<>();
        for (String topic : Topics.ALL) {
            topics.add(new NewTopic(topic, partitions, replicationFactor));
            topics.add(new NewTopic(Topics.deadLetterOf(topic), 1, replicationFactor));
        }
        return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
    }
}
