package com.refundpilot.refund.adapter;

import static org.awaitility.Awaitility.await;

import com.refundpilot.contracts.codec.EnvelopeCodec;
import com.refundpilot.contracts.commands.CheckFulfilment;
import com.refundpilot.contracts.envelope.Envelope;
import com.refundpilot.contracts.events.RefundRequested;
import com.refundpilot.contracts.topics.Topics;
import com.refundpilot.contracts.vocabulary.OrderRef;
import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.contracts.vocabulary.RefundReason;
import com.refundpilot.contracts.vocabulary.RefundType;
import com.refundpilot.kit.testsupport.TopicReader;
import com.refundpilot.refund.RefundServiceApplication;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * refund-service against the real images (Apache Kafka in KRaft mode, MongoDB as a replica set), for
 * machines with Docker. Without a Docker engine the whole class is skipped, not failed.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(classes = RefundServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RealInfrastructureIT {

    @Container
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.1.1");

    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:8");

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", KAFKA::getBootstrapServers);
        registry.add("spring.mongodb.uri", () -> MONGO.getReplicaSetUrl("refund"));
    }

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Test
    void aRefundRequestOnRealKafkaAndMongoAsksTheWarehouse() {
        var codec = new EnvelopeCodec();
        OrderRef order = new OrderRef(Platform.TAOBAO, "shop-1", "T-REAL");
        Instant now = Instant.now();
        var request = new RefundRequested(order, "R-REAL", RefundType.REFUND_ONLY, RefundReason.NOT_WANTED, "不想要了",
                59900, 1, 59900, 1, "SKU", now, now.plus(Duration.ofHours(72)), 1);
        Envelope envelope = Envelope.first(request, "test", now);

        kafka.send(envelope.topic(), envelope.partitionKey(), codec.encode(envelope));

        try (var reader = new TopicReader(KAFKA.getBootstrapServers(), Topics.WAREHOUSE_COMMANDS)) {
            await().atMost(Duration.ofSeconds(60)).until(() -> reader.values().stream().map(codec::decode)
                    .anyMatch(e -> e.data() instanceof CheckFulfilment check && check.caseId().equals(request.caseId())));
        }
    }
}
