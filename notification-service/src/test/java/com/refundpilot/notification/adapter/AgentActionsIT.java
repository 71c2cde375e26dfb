package com.refundpilot.notification.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.refundpilot.contracts.codec.EnvelopeCodec;
import com.refundpilot.contracts.commands.CreateAgentTask;
import com.refundpilot.contracts.commands.ResolveCase;
import com.refundpilot.contracts.envelope.Envelope;
import com.refundpilot.contracts.envelope.Message;
import com.refundpilot.contracts.events.CaseClosed;
import com.refundpilot.contracts.topics.Topics;
import com.refundpilot.contracts.vocabulary.AgentDecision;
import com.refundpilot.contracts.vocabulary.CaseOutcome;
import com.refundpilot.contracts.vocabulary.OrderRef;
import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.contracts.vocabulary.TaskPriority;
import com.refundpilot.kit.testsupport.EmbeddedMongo;
import com.refundpilot.kit.testsupport.TopicReader;
import com.refundpilot.kit.testsupport.VirtualTimeConfiguration;
import com.refundpilot.notification.NotificationServiceApplication;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/** A person acts on a task: the decision goes to refund-service as a command; bad actions are 4xx. */
@SpringBootTest(classes = {NotificationServiceApplication.class, VirtualTimeConfiguration.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"refundpilot.outbox.sweep-interval=PT0.2S", "refundpilot.kafka.partitions=1"})
@EmbeddedKafka(partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
class AgentActionsIT {

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> EmbeddedMongo.freshUri("agent-actions"));
    }

    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    EmbeddedKafkaBroker broker;
    @Autowired
    Clock clock;
    @LocalServerPort
    int port;

    private final EnvelopeCodec codec = new EnvelopeCodec();
    private final OrderRef order = new OrderRef(Platform.TAOBAO, "shop-A", "T-A1");

    private void send(Message message) {
        Envelope envelope = Envelope.first(message, "test", clock.instant());
        kafka.send(envelope.topic(), envelope.partitionKey(), codec.encode(envelope));
    }

    private String openTask(String refundId) {
        String caseId = order.caseIdOf(refundId);
        String taskId = caseId + ":NS-5";
        send(new CreateAgentTask(order, caseId, taskId, "NS-5", TaskPriority.HIGH,
                clock.instant().plus(Duration.ofHours(48)), "force-ship flag set"));
        await().atMost(Duration.ofSeconds(20)).until(() -> status(taskId).equals("OPEN"));
        return taskId;
    }

    private String status(String taskId) {
        try {
            return String.valueOf(api().get().uri("/api/tasks/{id}", taskId).retrieve().body(Map.class).get("status"));
        } catch (HttpClientErrorException.NotFound notYet) {
            return "";
        }
    }

    private RestClient api() {
        return RestClient.create("http://localhost:" + port);
    }

    private Map<?, ?> act(String taskId, Map<String, Object> body) {
        return api().post().uri("/api/tasks/{id}/actions", taskId).contentType(MediaType.APPLICATION_JSON).body(body)
                .retrieve().body(Map.class);
    }

    private HttpClientErrorException refused(String taskId, Map<String, Object> body) {
        HttpClientErrorException error = assertThrows(HttpClientErrorException.class, () -> act(taskId, body));
        assertThat(error.getResponseHeaders().getContentType().toString()).contains("application/problem+json");
        return error;
    }

    /** The ResolveCase commands sent for one task (every test of the class reads the same topic). */
    private List<ResolveCase> resolutionsOf(String taskId) {
        try (var commands = new TopicReader(broker.getBrokersAsString(), Topics.REFUND_COMMANDS)) {
            await().atMost(Duration.ofSeconds(20)).until(() -> !sentFor(commands, taskId).isEmpty());
            return sentFor(commands, taskId);
        }
    }

    private List<ResolveCase> sentFor(TopicReader commands, String taskId) {
        return commands.values().stream().map(codec::decode).map(Envelope::data)
                .filter(ResolveCase.class::isInstance).map(ResolveCase.class::cast)
                .filter(command -> command.taskId().equals(taskId)).toList();
    }

    @Test
    void anApprovalResolvesTheTaskAndSendsTheDecisionToRefundServiceOnce() {
        String taskId = openTask("R-A1");

        Map<?, ?> resolved = act(taskId, Map.of("action", "APPROVE", "agent", "agent-7"));
        assertThat(resolved.get("status")).isEqualTo("RESOLVED");
        assertThat(resolved.get("resolution")).isEqualTo("APPROVED");
        assertThat(resolved.get("resolvedBy")).isEqualTo("agent-7");

        assertThat(resolutionsOf(taskId)).containsExactly(new ResolveCase(order, order.caseIdOf("R-A1"), taskId,
                AgentDecision.APPROVE, 0, "agent-7"));
        var again = refused(taskId, Map.of("action", "REFUSE"));
        assertThat(again.getStatusCode().value()).isEqualTo(409);
        assertThat(again.getResponseBodyAs(Map.class).get("code")).isEqualTo("ALREADY_DECIDED");
        assertThat(again.getResponseBodyAsString()).contains("already decided", "APPROVED", "agent-7");
        assertThat(resolutionsOf(taskId)).hasSize(1);
    }

    @Test
    void aRefusalResolvesTheTaskKeepsTheNoteAndSendsRefuse() {
        String taskId = openTask("R-A4");

        Map<?, ?> resolved = act(taskId, Map.of("action", "refuse", "agent", "agent-8",
                "note", "买家已签收,快递提供了签收底单"));

        assertThat(resolved.get("status")).isEqualTo("RESOLVED");
        assertThat(resolved.get("resolution")).isEqualTo("REFUSED");
        assertThat(resolved.get("resolutionNote")).isEqualTo("买家已签收,快递提供了签收底单");
        assertThat(resolutionsOf(taskId)).containsExactly(new ResolveCase(order, order.caseIdOf("R-A4"), taskId,
                AgentDecision.REFUSE, 0, "agent-8"));
    }

    @Test
    void aNegotiationCarriesTheProposedAmount() {
        String taskId = openTask("R-A5");

        Map<?, ?> resolved = act(taskId, Map.of("action", "NEGOTIATE", "amountFen", 12000, "agent", "agent-9"));

        assertThat(resolved.get("resolution")).isEqualTo("NEGOTIATED");
        assertThat(((Number) resolved.get("resolvedAmountFen")).longValue()).isEqualTo(12000L);
        assertThat(resolutionsOf(taskId)).containsExactly(new ResolveCase(order, order.caseIdOf("R-A5"), taskId,
                AgentDecision.NEGOTIATE, 12000, "agent-9"));
    }

    @Test
    void aClosedCasesTaskIsCancelledAndCannotBeActedOn() {
        String taskId = openTask("R-A2");
        send(new CaseClosed(order, order.caseIdOf("R-A2"), CaseOutcome.CANCELLED_BY_BUYER, 0, "PLATFORM",
                Duration.ofHours(1)));
        await().atMost(Duration.ofSeconds(20)).until(() -> status(taskId).equals("CANCELLED"));

        for (Map<String, Object> action : List.<Map<String, Object>>of(Map.of("action", "APPROVE"),
                Map.of("action", "REFUSE"), Map.of("action", "NEGOTIATE", "amountFen", 100))) {
            var error = refused(taskId, action);
            assertThat(error.getStatusCode().value()).isEqualTo(409);
            assertThat(error.getResponseBodyAs(Map.class).get("code")).isEqualTo("CASE_CLOSED");
            assertThat(error.getResponseBodyAsString()).contains("its case is closed");
        }
    }

    @Test
    void badActionsAreRefusedNamingTheFieldAndChangeNothing() {
        String taskId = openTask("R-A3");

        var unknownTask = refused("TAOBAO:x:nope:NS-5", Map.of("action", "APPROVE"));
        assertThat(unknownTask.getStatusCode().value()).isEqualTo(404);
        assertThat(unknownTask.getResponseBodyAsString()).contains("TAOBAO:x:nope:NS-5");
        assertBadField(refused(taskId, Map.of("action", "SHRUG")), "action");
        assertBadField(refused(taskId, Map.of("amountFen", 100)), "action");
        assertBadField(refused(taskId, Map.of("action", "APPROVE", "amountFen", -5)), "amountFen");
        assertBadField(refused(taskId, Map.of("action", "NEGOTIATE")), "amountFen");
        assertBadField(refused(taskId, Map.of("action", "NEGOTIATE", "amountFen", 0)), "amountFen");
        assertBadField(refused(taskId, Map.of("action", "NEGOTIATE", "amountFen", "abc")), "amountFen");
        assertBadField(refused(taskId, Map.of("action", "NEGOTIATE", "amountFen", 12.5)), "amountFen");
        assertBadField(refused(taskId, Map.of("action", "REFUSE", "amountFen", 100)), "amountFen");
        assertBadField(refused(taskId, Map.of("action", "REFUSE", "note", "很".repeat(501))), "note");
        assertThat(status(taskId)).isEqualTo("OPEN");

        // None of the refused actions left a command behind: the one valid action is the only one sent.
        act(taskId, Map.of("action", "APPROVE", "amountFen", 5000));
        assertThat(resolutionsOf(taskId)).containsExactly(new ResolveCase(order, order.caseIdOf("R-A3"), taskId,
                AgentDecision.APPROVE, 5000, "desk"));
    }

    private static void assertBadField(HttpClientErrorException error, String field) {
        assertThat(error.getStatusCode().value()).isEqualTo(400);
        assertThat(error.getResponseBodyAs(Map.class).get("field")).isEqualTo(field);
        assertThat(error.getResponseBodyAs(Map.class).get("detail").toString()).contains(field);
    }
}
