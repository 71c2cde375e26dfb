package com.refundpilot.logistics.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.refundpilot.contracts.codec.EnvelopeCodec;
import com.refundpilot.contracts.commands.InterceptParcel;
import com.refundpilot.contracts.envelope.Envelope;
import com.refundpilot.contracts.envelope.Message;
import com.refundpilot.contracts.events.InterceptFailed;
import com.refundpilot.contracts.events.InterceptRequested;
import com.refundpilot.contracts.events.TrackingUpdated;
import com.refundpilot.contracts.topics.Topics;
import com.refundpilot.contracts.vocabulary.OrderRef;
import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.contracts.vocabulary.TrackingStatus;
import com.refundpilot.kit.outbox.Outgoing;
import com.refundpilot.kit.testsupport.GuardMetrics;
import com.refundpilot.logistics.adapter.out.courier.CourierHttpClient;
import com.refundpilot.kit.testsupport.EmbeddedMongo;
import com.refundpilot.kit.testsupport.VirtualTimeConfiguration;
import com.refundpilot.kit.testsupport.TopicReader;
import com.refundpilot.kit.time.VirtualClock;
import com.refundpilot.logistics.LogisticsServiceApplication;
import com.refundpilot.logistics.adapter.FakeCourier.Call;
import com.refundpilot.logistics.adapter.out.mongo.ParcelRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
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
 * logistics-service alone on a real KRaft broker and the Mongo wire protocol, against a fake courier over
 * HTTP: intercept commands in on logistics.commands, tracking pushes in over HTTP, events out on
 * logistics.events.
 */
@SpringBootTest(classes = {LogisticsServiceApplication.class, VirtualTimeConfiguration.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"refundpilot.outbox.sweep-interval=PT0.2S",
                "resilience4j.circuitbreaker.instances.courier.minimum-number-of-calls=1000"})
@EmbeddedKafka(partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
class LogisticsIT {

    private static final Instant START = VirtualTimeConfiguration.START;
    private static final FakeCourier COURIER = new FakeCourier();

    @DynamicPropertySource
    static void outsideWorld(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> EmbeddedMongo.freshUri("logistics"));
        registry.add("refundpilot.courier.base-url", COURIER::baseUrl);
    }

    @AfterAll
    static void stopCourier() {
        COURIER.close();
    }

    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    EmbeddedKafkaBroker broker;
    @Autowired
    ParcelRepository parcels;
    @LocalServerPort
    int port;

    private final EnvelopeCodec codec = new EnvelopeCodec();
    private final JsonMapper json = JsonMapper.builder().build();
    private TopicReader events;

    @BeforeEach
    void reader() {
        events = new TopicReader(broker.getBrokersAsString(), Topics.LOGISTICS_EVENTS);
    }

    @AfterEach
    void close() {
        events.close();
    }

    private static OrderRef order(String orderId) {
        return new OrderRef(Platform.TAOBAO, "shop-1", orderId);
    }

    private Envelope send(Message command) {
        Envelope envelope = Envelope.first(command, "test", START);
        send(envelope);
        return envelope;
    }

    private void send(Envelope envelope) {
        kafka.send(envelope.topic(), envelope.partitionKey(), codec.encode(envelope));
    }

    private List<Envelope> answers(Class<? extends Message> type, String caseId) {
        return events.values().stream().map(codec::decode)
                .filter(e -> type.isInstance(e.data()) && e.subject().equals(caseId)).toList();
    }

    private <T extends Message> T awaitAnswer(Class<T> type, String caseId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> !answers(type, caseId).isEmpty());
        return type.cast(answers(type, caseId).get(0).data());
    }

    private List<Envelope> tracking(String trackingNo) {
        return events.values().stream().map(codec::decode)
                .filter(e -> e.data() instanceof TrackingUpdated t && t.trackingNo().equals(trackingNo)).toList();
    }

    private ResponseEntity<String> push(Map<String, Object> body) {
        return RestClient.create("http://localhost:" + port).post().uri("/tracking/sandbox")
                .contentType(MediaType.APPLICATION_JSON).body(body).retrieve()
                .onStatus(HttpStatusCode::isError, (request, response) -> { })
                .toEntity(String.class);
    }

    private static Map<String, Object> pushBody(String trackingNo, String event, String at) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("trackingNo", trackingNo);
        body.put("carrier", "ZTO");
        body.put("event", event);
        body.put("at", at);
        body.put("province", "浙江");
        body.put("city", "杭州");
        return body;
    }

    /** Registers a parcel the way production does: through an accepted intercept. */
    private OrderRef interceptedParcel(String orderId, String trackingNo) {
        COURIER.shipment(trackingNo, "IN_TRANSIT");
        var order = order(orderId);
        send(new InterceptParcel(order, order.caseIdOf(orderId + "-R1"), "ZTO", trackingNo, "退款拦截"));
        awaitAnswer(InterceptRequested.class, order.caseIdOf(orderId + "-R1"));
        return order;
    }

    @Test
    void theCourierGuardsAreOnThePrometheusEndpointBeforeTheFirstCall() {
        GuardMetrics.assertExportedFor(GuardMetrics.scrape(port), CourierHttpClient.RESILIENCE_INSTANCE);
    }

    @Test
    void anAcceptedInterceptIsReportedAndRegistersTheParcel() {
        COURIER.shipment("ZT-OK", "IN_TRANSIT");
        var order = order("L-OK");
        String caseId = order.caseIdOf("L-OK-R1");
        Envelope command = send(new InterceptParcel(order, caseId, "ZTO", "ZT-OK", "退款拦截"));

        var requested = awaitAnswer(InterceptRequested.class, caseId);

        assertThat(requested).isEqualTo(new InterceptRequested(order, caseId, "ZTO", "ZT-OK"));
        assertThat(COURIER.calls("ZT-OK")).containsExactly(new Call("ZT-OK", command.id(), "退款拦截"));
        var parcel = parcels.find("ZT-OK").orElseThrow().parcel();
        assertThat(parcel.order()).isEqualTo(order);
        assertThat(parcel.caseId()).isEqualTo(caseId);
        Envelope answer = answers(InterceptRequested.class, caseId).get(0);
        assertThat(answer.partitionKey()).isEqualTo(order.key());
        assertThat(answer.causationId()).isEqualTo(command.id());
    }

    @Test
    void aSignedParcelCannotBeInterceptedAndTheRefusalIsAnEvent() {
        COURIER.shipment("ZT-SIGNED", "SIGNED");
        var order = order("L-SIGNED");
        String caseId = order.caseIdOf("L-SIGNED-R1");
        send(new InterceptParcel(order, caseId, "ZTO", "ZT-SIGNED", "退款拦截"));

        var failed = awaitAnswer(InterceptFailed.class, caseId);

        assertThat(failed).isEqualTo(new InterceptFailed(order, caseId, "ZTO", "ZT-SIGNED", "ALREADY_SIGNED",
                "parcel ZT-SIGNED was signed"));
        assertThat(COURIER.calls("ZT-SIGNED")).hasSize(1); // a 409 is an answer: never retried
        assertThat(parcels.find("ZT-SIGNED")).isPresent(); // its tracking still reaches the order
    }

    @Test
    void anUnreachableCourierIsCourierUnavailableAfterTheRetries() {
        COURIER.shipment("ZT-DOWN", "IN_TRANSIT");
        COURIER.unavailable("ZT-DOWN", -1);
        var order = order("L-DOWN");
        String caseId = order.caseIdOf("L-DOWN-R1");
        send(new InterceptParcel(order, caseId, "ZTO", "ZT-DOWN", null));

        var failed = awaitAnswer(InterceptFailed.class, caseId);

        assertThat(failed.code()).isEqualTo("COURIER_UNAVAILABLE");
        assertThat(failed.reason()).contains("503");
        assertThat(COURIER.calls("ZT-DOWN")).hasSize(3);
    }

    @Test
    void aRedeliveredInterceptCommandCallsTheCourierOnce() {
        COURIER.shipment("ZT-AGAIN", "IN_TRANSIT");
        var order = order("L-AGAIN");
        String caseId = order.caseIdOf("L-AGAIN-R1");
        Envelope command = Envelope.first(new InterceptParcel(order, caseId, "ZTO", "ZT-AGAIN", "退款拦截"), "test",
                START);

        send(command);
        awaitAnswer(InterceptRequested.class, caseId);
        send(command);
        // A later command on the same order (same partition) is answered only after the repeat was handled.
        COURIER.shipment("ZT-AGAIN-2", "IN_TRANSIT");
        send(new InterceptParcel(order, order.caseIdOf("L-AGAIN-R2"), "ZTO", "ZT-AGAIN-2", "退款拦截"));
        awaitAnswer(InterceptRequested.class, order.caseIdOf("L-AGAIN-R2"));

        assertThat(COURIER.calls("ZT-AGAIN")).hasSize(1);
        assertThat(answers(InterceptRequested.class, caseId)).hasSize(1);
    }

    @Test
    void aTrackingPushBecomesTrackingUpdatedForTheParcelsOrderOnce() {
        var order = interceptedParcel("L-TRACK", "ZT-TRACK");
        var first = pushBody("ZT-TRACK", "INTERCEPT_SUCCEEDED", "2026-11-11T03:00:00Z");

        assertThat(push(first).getStatusCode().value()).isEqualTo(200);
        ResponseEntity<String> repeat = push(first);
        assertThat(repeat.getStatusCode().value()).isEqualTo(200);
        assertThat(repeat.getBody()).contains("\"duplicate\":true");
        assertThat(push(pushBody("ZT-TRACK", "RETURNED_SIGNED", "2026-11-12T03:00:00Z")).getStatusCode().value())
                .isEqualTo(200);

        await().atMost(Duration.ofSeconds(30)).until(() -> tracking("ZT-TRACK").size() >= 2);
        List<Envelope> updates = tracking("ZT-TRACK");
        assertThat(updates).hasSize(2);
        assertThat(updates).extracting(Envelope::partitionKey).containsOnly(order.key());
        assertThat(updates.get(0).data()).isEqualTo(new TrackingUpdated(order, "ZTO", "ZT-TRACK",
                TrackingStatus.INTERCEPT_SUCCEEDED, Instant.parse("2026-11-11T03:00:00Z"), "浙江", "杭州"));
        assertThat(((TrackingUpdated) updates.get(1).data()).status()).isEqualTo(TrackingStatus.RETURNED_SIGNED);
        assertThat(parcels.find("ZT-TRACK").orElseThrow().parcel().lastStatus())
                .isEqualTo(TrackingStatus.RETURNED_SIGNED);
    }

    @Test
    void aMalformedPushIsRefusedNamingTheFieldAndPublishesNothing() {
        interceptedParcel("L-BAD", "ZT-BAD");

        var noTrackingNo = pushBody(null, "SIGNED", "2026-11-11T03:00:00Z");
        var unknownEvent = pushBody("ZT-BAD", "TELEPORTED", "2026-11-11T03:00:00Z");
        var badInstant = pushBody("ZT-BAD", "SIGNED", "11/11/2026 03:00");
        assertThat(problemField(noTrackingNo)).isEqualTo("trackingNo");
        assertThat(problemField(unknownEvent)).isEqualTo("event");
        assertThat(problemField(badInstant)).isEqualTo("at");

        // A valid push afterwards is the only one published.
        assertThat(push(pushBody("ZT-BAD", "SIGNED", "2026-11-11T04:00:00Z")).getStatusCode().value()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> !tracking("ZT-BAD").isEmpty());
        assertThat(tracking("ZT-BAD")).hasSize(1);
        assertThat(((TrackingUpdated) tracking("ZT-BAD").get(0).data()).at())
                .isEqualTo(Instant.parse("2026-11-11T04:00:00Z"));
    }

    private String problemField(Map<String, Object> body) {
        ResponseEntity<String> answer = push(body);
        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getHeaders().getContentType()).isNotNull();
        assertThat(answer.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        JsonNode problem = json.readTree(answer.getBody());
        String field = problem.path("field").asString();
        assertThat(problem.path("detail").asString()).startsWith(field + ": ");
        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo(field);
        return field;
    }

    @Test
    void aPushForAParcelNeverSeenIsAcceptedAndIgnored() {
        ResponseEntity<String> answer = push(pushBody("ZT-STRANGER", "SIGNED", "2026-11-11T03:00:00Z"));

        assertThat(answer.getStatusCode().value()).isEqualTo(202);
        assertThat(parcels.find("ZT-STRANGER")).isEmpty();
    }

    @Test
    void startsSeveralTimesInOneJvmTheWayTheLauncherDoesWithItsSharedClock() {
        var shared = new VirtualClock(Instant.parse("2030-01-01T00:00:00Z"));
        List<ConfigurableApplicationContext> instances = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                instances.add(new SpringApplicationBuilder(LogisticsServiceApplication.class)
                        .properties("spring.config.name=logistics-service")
                        .initializers(context -> context.getBeanFactory().registerSingleton("clock", shared))
                        .run("--server.port=0", "--spring.kafka.bootstrap-servers=" + broker.getBrokersAsString(),
                                "--spring.mongodb.uri=" + EmbeddedMongo.freshUri("twin"),
                                // not consuming: they must not take this test's commands
                                "--spring.kafka.listener.auto-startup=false", "--refundpilot.courier.base-url=" + COURIER.baseUrl()));
            }
            Envelope cause = Envelope.first(new InterceptParcel(order("L-TWIN"), order("L-TWIN").caseIdOf("L-TWIN-R1"), "ZTO", "ZT-TWIN", null), "test", START);
            for (ConfigurableApplicationContext instance : instances) {
                assertThat(instance.getBean(Clock.class)).isSameAs(shared);
                var outgoing = instance.getBean(Outgoing.class).causedBy(cause, cause.data());
                assertThat(codec.decode(outgoing.payload()).time()).isEqualTo(shared.instant());
            }
        } finally {
            instances.forEach(ConfigurableApplicationContext::close);
        }
    }
}
