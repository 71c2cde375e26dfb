package com.refundpilot.warehouse.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.refundpilot.contracts.codec.EnvelopeCodec;
import com.refundpilot.contracts.commands.CheckFulfilment;
import com.refundpilot.contracts.commands.ShipReplacement;
import com.refundpilot.contracts.commands.StopFulfilment;
import com.refundpilot.contracts.envelope.Envelope;
import com.refundpilot.contracts.envelope.Message;
import com.refundpilot.contracts.events.FulfilmentCheckFailed;
import com.refundpilot.contracts.events.FulfilmentReported;
import com.refundpilot.contracts.events.FulfilmentStopFailed;
import com.refundpilot.contracts.events.FulfilmentStopped;
import com.refundpilot.contracts.events.ReplacementFailed;
import com.refundpilot.contracts.events.ReplacementShipped;
import com.refundpilot.contracts.topics.Topics;
import com.refundpilot.contracts.vocabulary.Address;
import com.refundpilot.contracts.vocabulary.FulfilmentState;
import com.refundpilot.contracts.vocabulary.ItemAttributes;
import com.refundpilot.contracts.vocabulary.OrderRef;
import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.contracts.vocabulary.WarehouseAction;
import com.refundpilot.kit.outbox.Outgoing;
import com.refundpilot.warehouse.adapter.out.erp.ErpHttpClient;
import com.refundpilot.kit.testsupport.EmbeddedMongo;
import com.refundpilot.kit.testsupport.GuardMetrics;
import com.refundpilot.kit.testsupport.VirtualTimeConfiguration;
import com.refundpilot.kit.testsupport.TopicReader;
import com.refundpilot.kit.time.VirtualClock;
import com.refundpilot.warehouse.WarehouseServiceApplication;
import com.refundpilot.warehouse.adapter.FakeErp.Call;
import com.refundpilot.warehouse.adapter.out.mongo.WarehouseOrderRepository;
import com.refundpilot.warehouse.domain.ActionLogEntry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * warehouse-service alone on a real KRaft broker and the Mongo wire protocol, against a fake ERP over HTTP:
 * commands in on warehouse.commands, answers out on warehouse.events.
 */
@SpringBootTest(classes = {WarehouseServiceApplication.class, VirtualTimeConfiguration.class},
        properties = {"refundpilot.outbox.sweep-interval=PT0.2S",
                // The breaker opening is tested by forcing it; it must not open by accident across tests.
                "resilience4j.circuitbreaker.instances.erp.minimum-number-of-calls=1000"})
@EmbeddedKafka(partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
class WarehouseCommandsIT {

    private static final Instant START = VirtualTimeConfiguration.START;
    private static final FakeErp ERP = new FakeErp();

    @DynamicPropertySource
    static void outsideWorld(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> EmbeddedMongo.freshUri("warehouse"));
        registry.add("refundpilot.erp.base-url", ERP::baseUrl);
    }

    @AfterAll
    static void stopErp() {
        ERP.close();
    }

    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    EmbeddedKafkaBroker broker;
    @Autowired
    WarehouseOrderRepository repository;
    @Autowired
    CircuitBreakerRegistry breakers;
    @Autowired
    MeterRegistry meters;

    private final EnvelopeCodec codec = new EnvelopeCodec();
    private TopicReader events;

    @BeforeEach
    void reader() {
        events = new TopicReader(broker.getBrokersAsString(), Topics.WAREHOUSE_EVENTS);
    }

    @AfterEach
    void close() {
        events.close();
    }

    private static OrderRef order(String orderId) {
        return new OrderRef(Platform.TAOBAO, "shop-1", orderId);
    }

    /** Case IDs unique per test: every test reads the same events topic. */
    private static String caseOf(OrderRef order, String refundId) {
        return order.caseIdOf(order.orderId() + "-" + refundId);
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

    @Test
    void theErpGuardsExportTheirMetricsBeforeTheFirstCall() {
        GuardMetrics.assertBoundFor(meters, ErpHttpClient.RESILIENCE_INSTANCE);
    }

    @Test
    void checkFulfilmentReportsTheErpStateWithTheRealTracking() {
        ERP.put("W-CHECK", "SHIPPED_NOT_SYNCED", "ZTO", "ZT9001");
        var order = order("W-CHECK");
        Envelope command = send(new CheckFulfilment(order, caseOf(order, "R1")));

        var reported = awaitAnswer(FulfilmentReported.class, caseOf(order, "R1"));

        assertThat(reported).isEqualTo(new FulfilmentReported(order, caseOf(order, "R1"),
                FulfilmentState.SHIPPED_NOT_SYNCED, false, false, "ZTO", "ZT9001", false, 620, null, null));
        Envelope answer = answers(FulfilmentReported.class, caseOf(order, "R1")).get(0);
        assertThat(answer.partitionKey()).isEqualTo("TAOBAO:shop-1:W-CHECK");
        assertThat(answer.causationId()).isEqualTo(command.id());
        assertThat(answer.correlationId()).isEqualTo(command.correlationId());
        assertThat(answer.source()).isEqualTo("warehouse-service");
    }

    @Test
    void theReportCarriesTheLabelTheWeightTheDestinationAndTheItem() {
        ERP.put("W-ATTRS", "NOT_ALLOCATED_NOT_AUDITED");
        ERP.labelPrinted("W-ATTRS");
        ERP.describe("W-ATTRS", Map.of("province", "新疆", "city", "乌鲁木齐"), Map.of("sku", "TEE-CUSTOM",
                "style", "定制T恤", "color", "white", "size", "L", "customMade", true, "productionStarted", true));
        var order = order("W-ATTRS");

        send(new CheckFulfilment(order, caseOf(order, "R1")));
        var reported = awaitAnswer(FulfilmentReported.class, caseOf(order, "R1"));

        assertThat(reported.state()).isEqualTo(FulfilmentState.ALLOCATED_AUDITED);
        assertThat(reported.printed()).isTrue();
        assertThat(reported.weightGrams()).isEqualTo(620);
        assertThat(reported.destination()).isEqualTo(new Address("新疆", "乌鲁木齐"));
        assertThat(reported.item()).isEqualTo(new ItemAttributes("TEE-CUSTOM", "定制T恤", "white", "L", true, false,
                true));
        var stored = repository.find(order.key()).orElseThrow().order().lastKnown(); // read back from the store
        assertThat(stored.labelPrinted()).isTrue();
        assertThat(stored.destination()).isEqualTo(reported.destination());
        assertThat(stored.item()).isEqualTo(reported.item());
    }

    @Test
    void aPrintedLabelRefusesTheNs1CancelWithItsCode() {
        ERP.put("W-PRINTED", "NOT_ALLOCATED_NOT_AUDITED");
        ERP.labelPrinted("W-PRINTED");
        var order = order("W-PRINTED");
        String caseId = caseOf(order, "R1");

        send(new StopFulfilment(order, caseId, "NS-1", List.of(WarehouseAction.CANCEL_ORDER), "退款"));
        var failed = awaitAnswer(FulfilmentStopFailed.class, caseId);

        assertThat(failed.code()).isEqualTo("LABEL_PRINTED");
        assertThat(failed.failedStep()).isEqualTo(WarehouseAction.CANCEL_ORDER);
        assertThat(failed.stepsDone()).isEmpty();
    }

    @Test
    void aReshipIsShippedOnceAndReportedWithItsNewParcel() {
        ERP.put("W-RESHIP", "SHIPPED", "YTO", "YT0001");
        var order = order("W-RESHIP");
        String caseId = caseOf(order, "R1");
        Envelope command = Envelope.first(new ShipReplacement(order, caseId, "RS-7", WarehouseAction.RESHIP,
                "SHOE-BLK-42", 1, "补寄"), "test", START);

        send(command);
        var shipped = awaitAnswer(ReplacementShipped.class, caseId);
        send(command); // redelivered
        send(new CheckFulfilment(order, caseOf(order, "R-LATER"))); // answered after the repeat was handled
        awaitAnswer(FulfilmentReported.class, caseOf(order, "R-LATER"));

        assertThat(shipped).isEqualTo(new ReplacementShipped(order, caseId, WarehouseAction.RESHIP, "YTO",
                "W-RESHIP-RS1"));
        assertThat(answers(ReplacementShipped.class, caseId)).hasSize(1);
        assertThat(ERP.calls("W-RESHIP")).containsExactly(
                new Call("POST", "W-RESHIP", "reship", command.id() + ":RESHIP", "补寄"),
                new Call("GET", "W-RESHIP", null, null, null));
        JsonNode body = ERP.body(command.id() + ":RESHIP");
        assertThat(body.get("sku").asString()).isEqualTo("SHOE-BLK-42");
        assertThat(body.get("quantity").asInt()).isEqualTo(1);
        assertThat(repository.find(order.key()).orElseThrow().order().actionLog()).containsExactly(
                new ActionLogEntry(START, caseId, "RS-7", WarehouseAction.RESHIP, command.id() + ":RESHIP", true, null));
    }

    @Test
    void anExchangeShipmentTheErpRefusesIsReportedFailedWithItsCode() {
        ERP.put("W-EXCHANGE", "ALLOCATED_AUDITED");
        var order = order("W-EXCHANGE");
        String caseId = caseOf(order, "R1");

        send(new ShipReplacement(order, caseId, "EX-1", WarehouseAction.SHIP_EXCHANGE, "SHOE-BLK-43", 1, "换货"));
        var failed = awaitAnswer(ReplacementFailed.class, caseId);

        assertThat(failed.kind()).isEqualTo(WarehouseAction.SHIP_EXCHANGE);
        assertThat(failed.code()).isEqualTo("INVALID_STATE");
        assertThat(failed.detail()).contains("ship-exchange");
        assertThat(answers(ReplacementShipped.class, caseId)).isEmpty();
    }

    @Test
    void aReplacementWithTheErpDownIsReportedUnavailableAfterTheRetries() {
        ERP.put("W-RESHIP-DOWN", "SHIPPED", "ZTO", "ZT0003");
        ERP.unavailable("W-RESHIP-DOWN", -1);
        var order = order("W-RESHIP-DOWN");
        String caseId = caseOf(order, "R1");

        send(new ShipReplacement(order, caseId, "RS-9", WarehouseAction.RESHIP, null, 1, null));
        var failed = awaitAnswer(ReplacementFailed.class, caseId);

        assertThat(failed.code()).isEqualTo("ERP_UNAVAILABLE");
        assertThat(ERP.calls("W-RESHIP-DOWN")).hasSize(3).extracting(Call::requestId).containsOnly(
                ERP.calls("W-RESHIP-DOWN").get(0).requestId());
        assertThat(ERP.body(ERP.calls("W-RESHIP-DOWN").get(0).requestId()).has("sku")).isFalse();
    }

    @Test
    void ns1CancelsTheOrderInTheErpAndReportsItStopped() {
        ERP.put("W-NS1", "NOT_ALLOCATED_NOT_AUDITED");
        var order = order("W-NS1");
        String caseId = caseOf(order, "R1");
        Envelope command = send(new StopFulfilment(order, caseId, "NS-1", List.of(WarehouseAction.CANCEL_ORDER), "退款"));

        var stopped = awaitAnswer(FulfilmentStopped.class, caseId);

        assertThat(stopped.stepsDone()).containsExactly(WarehouseAction.CANCEL_ORDER);
        assertThat(ERP.calls("W-NS1")).containsExactly(
                new Call("POST", "W-NS1", "cancel", command.id() + ":CANCEL_ORDER", "退款"));
        var document = repository.find(order.key()).orElseThrow();
        assertThat(document.order().lastKnown().cancelled()).isTrue();
        assertThat(document.order().actionLog()).containsExactly(new ActionLogEntry(START, caseId, "NS-1",
                WarehouseAction.CANCEL_ORDER, command.id() + ":CANCEL_ORDER", true, null));
    }

    @Test
    void ns3RunsInterceptVoidUnauditCancelInOrder() {
        ERP.put("W-NS3", "ALLOCATED_AUDITED");
        var order = order("W-NS3");
        var steps = List.of(WarehouseAction.INTERCEPT_IN_WAREHOUSE, WarehouseAction.VOID, WarehouseAction.UNAUDIT,
                WarehouseAction.CANCEL_ORDER);
        send(new StopFulfilment(order, caseOf(order, "R1"), "NS-3", steps, "退款"));

        var stopped = awaitAnswer(FulfilmentStopped.class, caseOf(order, "R1"));

        assertThat(stopped.stepsDone()).isEqualTo(steps);
        assertThat(ERP.calls("W-NS3")).extracting(Call::operation)
                .containsExactly("intercept", "void", "unaudit", "cancel");
    }

    @Test
    void anOrderThatAlreadyShippedFailsTheStopWithTheErpCodeAndItsTracking() {
        ERP.put("W-SHIPPED", "SHIPPED", "ZTO", "ZT0002");
        var order = order("W-SHIPPED");
        String caseId = caseOf(order, "R1");
        send(new StopFulfilment(order, caseId, "NS-2", List.of(WarehouseAction.UNAUDIT, WarehouseAction.CANCEL_ORDER),
                "退款"));

        var failed = awaitAnswer(FulfilmentStopFailed.class, caseId);

        assertThat(failed).isEqualTo(new FulfilmentStopFailed(order, caseId, List.of(), WarehouseAction.UNAUDIT,
                "ALREADY_SHIPPED", "order W-SHIPPED has shipped", "ZTO", "ZT0002"));
        assertThat(ERP.calls("W-SHIPPED")).hasSize(1); // a 409 is an answer: never retried
        assertThat(answers(FulfilmentStopped.class, caseId)).isEmpty();
    }

    @Test
    void aRedeliveredCommandCausesNoSecondErpCallAndNoSecondAnswer() {
        ERP.put("W-REDELIVER", "NOT_ALLOCATED_NOT_AUDITED");
        var order = order("W-REDELIVER");
        String caseId = caseOf(order, "R1");
        Envelope command = Envelope.first(new StopFulfilment(order, caseId, "NS-1",
                List.of(WarehouseAction.CANCEL_ORDER), "退款"), "test", START);

        send(command);
        awaitAnswer(FulfilmentStopped.class, caseId);
        send(command); // the same envelope again, as after a consumer crash before its offset commit
        // A later command on the same order (same partition) is answered only after the repeat was handled.
        send(new CheckFulfilment(order, caseOf(order, "R-LATER")));
        var later = awaitAnswer(FulfilmentReported.class, caseOf(order, "R-LATER"));

        assertThat(later.cancelled()).isTrue();
        assertThat(answers(FulfilmentStopped.class, caseId)).hasSize(1);
        assertThat(ERP.calls("W-REDELIVER")).extracting(Call::method).containsExactly("POST", "GET");
    }

    @Test
    void anErpThatAnswers5xxIsRetriedAndThenReportedUnavailableNotThrown() {
        ERP.put("W-DOWN", "NOT_ALLOCATED_NOT_AUDITED");
        ERP.unavailable("W-DOWN", -1);
        var order = order("W-DOWN");
        send(new StopFulfilment(order, caseOf(order, "R1"), "NS-1", List.of(WarehouseAction.CANCEL_ORDER), "退款"));
        send(new CheckFulfilment(order, caseOf(order, "R2")));

        var failed = awaitAnswer(FulfilmentStopFailed.class, caseOf(order, "R1"));
        var checkFailed = awaitAnswer(FulfilmentCheckFailed.class, caseOf(order, "R2"));

        assertThat(failed.code()).isEqualTo("ERP_UNAVAILABLE");
        assertThat(failed.failedStep()).isEqualTo(WarehouseAction.CANCEL_ORDER);
        assertThat(failed.detail()).contains("503");
        assertThat(checkFailed.code()).isEqualTo("ERP_UNAVAILABLE");
        assertThat(ERP.calls("W-DOWN")).hasSize(6); // three attempts each
        assertThat(ERP.calls("W-DOWN").subList(0, 3)).extracting(Call::requestId).containsOnly(
                ERP.calls("W-DOWN").get(0).requestId());
    }

    @Test
    void aPassingOutageIsBridgedByTheRetries() {
        ERP.put("W-FLAKY", "NOT_ALLOCATED_AUDITED");
        ERP.unavailable("W-FLAKY", 2);
        var order = order("W-FLAKY");
        send(new CheckFulfilment(order, caseOf(order, "R1")));

        var reported = awaitAnswer(FulfilmentReported.class, caseOf(order, "R1"));

        assertThat(reported.state()).isEqualTo(FulfilmentState.NOT_ALLOCATED_AUDITED);
        assertThat(ERP.calls("W-FLAKY")).hasSize(3);
    }

    @Test
    void anOrderUnknownToTheErpIsACheckFailureWithoutRetries() {
        var order = order("W-UNKNOWN");
        send(new CheckFulfilment(order, caseOf(order, "R1")));

        var failed = awaitAnswer(FulfilmentCheckFailed.class, caseOf(order, "R1"));

        assertThat(failed.code()).isEqualTo("ORDER_NOT_FOUND");
        assertThat(ERP.calls("W-UNKNOWN")).hasSize(1);
    }

    @Test
    void anOpenCircuitAnswersUnavailableWithoutCallingTheErp() {
        ERP.put("W-OPEN", "NOT_ALLOCATED_NOT_AUDITED");
        var order = order("W-OPEN");
        var breaker = breakers.circuitBreaker("erp");
        breaker.transitionToForcedOpenState();
        try {
            send(new StopFulfilment(order, caseOf(order, "R1"), "NS-1", List.of(WarehouseAction.CANCEL_ORDER), "退款"));

            var failed = awaitAnswer(FulfilmentStopFailed.class, caseOf(order, "R1"));

            assertThat(failed.code()).isEqualTo("ERP_UNAVAILABLE");
            assertThat(failed.detail()).contains("circuit breaker");
            assertThat(ERP.calls("W-OPEN")).isEmpty();
        } finally {
            breaker.transitionToClosedState();
        }
    }

    @Test
    void startsSeveralTimesInOneJvmTheWayTheLauncherDoesWithItsSharedClock() {
        var shared = new VirtualClock(Instant.parse("2030-01-01T00:00:00Z"));
        List<ConfigurableApplicationContext> instances = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                instances.add(new SpringApplicationBuilder(WarehouseServiceApplication.class)
                        .properties("spring.config.name=warehouse-service")
                        .initializers(context -> context.getBeanFactory().registerSingleton("clock", shared))
                        .run("--server.port=0", "--spring.kafka.bootstrap-servers=" + broker.getBrokersAsString(),
                                "--spring.mongodb.uri=" + EmbeddedMongo.freshUri("twin"),
                                // not consuming: they must not take this test's commands
                                "--spring.kafka.listener.auto-startup=false", "--refundpilot.erp.base-url=" + ERP.baseUrl()));
            }
            Envelope cause = Envelope.first(new CheckFulfilment(order("W-TWIN"), caseOf(order("W-TWIN"), "R1")), "test", START);
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
