package com.refundpilot.logistics.adapter;

import static org.awaitility.Awaitility.await;

import com.refundpilot.contracts.codec.EnvelopeCodec;
import com.refundpilot.contracts.envelope.Envelope;
import com.refundpilot.contracts.envelope.Message;
import com.refundpilot.contracts.topics.Topics;
import com.refundpilot.contracts.vocabulary.OrderRef;
import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.kit.testsupport.EmbeddedMongo;
import com.refundpilot.kit.testsupport.TopicReader;
import com.refundpilot.kit.testsupport.VirtualTimeConfiguration;
import com.refundpilot.kit.time.VirtualClock;
import com.refundpilot.logistics.LogisticsServiceApplication;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * logistics-service on an in-process KRaft broker, mongo-java-server, the virtual clock and one fake courier over
 * HTTP, shared by the return and claim ITs (one application context for both): commands in on logistics.commands,
 * events out on logistics.events, agent tasks out on notification.commands.
 */
@SpringBootTest(classes = {LogisticsServiceApplication.class, VirtualTimeConfiguration.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"refundpilot.outbox.sweep-interval=PT0.2S", "refundpilot.timers.sweep-interval=PT0.1S",
                "resilience4j.circuitbreaker.instances.courier.minimum-number-of-calls=1000"})
@EmbeddedKafka(partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
abstract class ServiceWithFakeCourier {

    /** Not closed: it lives as long as the cached context both classes share (the fork's JVM). */
    static final FakeCourier COURIER = new FakeCourier();
    static final Duration WAIT = Duration.ofSeconds(30);

    @DynamicPropertySource
    static void outsideWorld(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> EmbeddedMongo.freshUri("logistics-returns-claims"));
        registry.add("refundpilot.courier.base-url", COURIER::baseUrl);
    }

    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    EmbeddedKafkaBroker broker;
    @Autowired
    Clock clock;
    @LocalServerPort
    int port;

    final EnvelopeCodec codec = new EnvelopeCodec();
    final JsonMapper json = JsonMapper.builder().build();
    TopicReader events;
    TopicReader notifications;

    @BeforeEach
    void readers() {
        events = new TopicReader(broker.getBrokersAsString(), Topics.LOGISTICS_EVENTS);
        notifications = new TopicReader(broker.getBrokersAsString(), Topics.NOTIFICATION_COMMANDS);
    }

    @AfterEach
    void closeReaders() {
        events.close();
        notifications.close();
    }

    VirtualClock virtualClock() {
        return (VirtualClock) clock;
    }

    static OrderRef order(String orderId) {
        return new OrderRef(Platform.TAOBAO, "shop-1", orderId);
    }

    static String caseOf(OrderRef order) {
        return order.caseIdOf(order.orderId() + "-R1");
    }

    Envelope send(Message command) {
        Envelope envelope = Envelope.first(command, "test", clock.instant());
        resend(envelope);
        return envelope;
    }

    void resend(Envelope envelope) {
        kafka.send(envelope.topic(), envelope.partitionKey(), codec.encode(envelope));
    }

    <T extends Message> List<T> published(Class<T> type, Predicate<T> which) {
        return events.values().stream().map(codec::decode).map(Envelope::data).filter(type::isInstance)
                .map(type::cast).filter(which).toList();
    }

    List<Envelope> publishedEnvelopes(Predicate<Message> which) {
        return events.values().stream().map(codec::decode).filter(e -> which.test(e.data())).toList();
    }

    <T extends Message> List<T> notificationCommands(Class<T> type) {
        return notifications.values().stream().map(codec::decode).map(Envelope::data).filter(type::isInstance)
                .map(type::cast).toList();
    }

    <T extends Message> List<T> awaitAtLeast(int count, Class<T> type, Predicate<T> which) {
        return await().atMost(WAIT).until(() -> published(type, which), found -> found.size() >= count);
    }

    ResponseEntity<String> post(String path, Object body) {
        var request = RestClient.create("http://localhost:" + port).post().uri(path)
                .contentType(MediaType.APPLICATION_JSON);
        return (body == null ? request : request.body(body)).retrieve()
                .onStatus(HttpStatusCode::isError, (req, response) -> { }).toEntity(String.class);
    }

    ResponseEntity<String> get(String path) {
        return RestClient.create("http://localhost:" + port).get().uri(path).retrieve()
                .onStatus(HttpStatusCode::isError, (req, response) -> { }).toEntity(String.class);
    }

    JsonNode body(ResponseEntity<String> answer) {
        return json.readTree(answer.getBody());
    }

    boolean isProblem(ResponseEntity<String> answer) {
        return answer.getHeaders().getContentType() != null
                && answer.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }
}
