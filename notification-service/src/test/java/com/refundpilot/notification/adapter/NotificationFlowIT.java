package com.refundpilot.notification.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.refundpilot.contracts.codec.EnvelopeCodec;
import com.refundpilot.contracts.commands.CreateAgentTask;
import com.refundpilot.contracts.commands.NotifyBuyer;
import com.refundpilot.contracts.commands.SendBuyerMessage;
import com.refundpilot.contracts.envelope.Envelope;
import com.refundpilot.contracts.envelope.Message;
import com.refundpilot.contracts.topics.Topics;
import com.refundpilot.contracts.vocabulary.BuyerMessageTemplate;
import com.refundpilot.contracts.vocabulary.OrderRef;
import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.contracts.vocabulary.TaskPriority;
import com.refundpilot.kit.messaging.DeadLetterConfiguration;
import com.refundpilot.kit.testsupport.EmbeddedMongo;
import com.refundpilot.kit.testsupport.TopicReader;
import com.refundpilot.kit.time.VirtualClock;
import com.refundpilot.notification.NotificationServiceApplication;
import com.refundpilot.notification.application.AgentTaskService;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/**
 * notification-service alone on a real KRaft broker and the Mongo wire protocol: commands in on
 * notification.commands, rendered messages out on platform.commands, tasks through the API.
 */
@SpringBootTest(classes = {NotificationServiceApplication.class, NotificationFlowIT.VirtualTime.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"refundpilot.outbox.sweep-interval=PT0.2S", "refundpilot.tasks.open-count-interval=PT0.2S",
                "refundpilot.kafka.partitions=1"})
@EmbeddedKafka(partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
class NotificationFlowIT {

    private static final Instant START = Instant.parse("2026-11-11T02:00:00Z");
    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST =
            new ParameterizedTypeReference<>() {
            };

    @TestConfiguration
    static class VirtualTime {
        @Bean
        @Primary
        VirtualClock virtualClock() {
            return new VirtualClock(START);
        }
    }

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> EmbeddedMongo.freshUri("notification"));
    }

    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    EmbeddedKafkaBroker broker;
    @Autowired
    VirtualClock clock;
    @Autowired
    MeterRegistry registry;
    @LocalServerPort
    int port;

    private final EnvelopeCodec codec = new EnvelopeCodec();
    private TopicReader platformCommands;

    @BeforeEach
    void readers() {
        platformCommands = new TopicReader(broker.getBrokersAsString(), Topics.PLATFORM_COMMANDS);
    }

    @AfterEach
    void close() {
        platformCommands.close();
    }

    private Envelope send(Message message) {
        Envelope envelope = Envelope.first(message, "refund-service", clock.instant());
        send(envelope);
        return envelope;
    }

    private void send(Envelope envelope) {
        kafka.send(envelope.topic(), envelope.partitionKey(), codec.encode(envelope));
    }

    private List<Envelope> buyerMessagesFor(String caseId) {
        return platformCommands.values().stream().map(codec::decode)
                .filter(e -> e.data() instanceof SendBuyerMessage m && m.caseId().equals(caseId)).toList();
    }

    private RestClient api() {
        return RestClient.create("http://localhost:" + port);
    }

    private List<Map<String, Object>> tasks(String query) {
        return api().get().uri("/api/tasks" + query).retrieve().body(LIST);
    }

    @Test
    void notifyBuyerIsRenderedAndSentToThePlatformOnceEvenWhenDeliveredTwice() {
        OrderRef order = new OrderRef(Platform.TAOBAO, "shop-1", "T-MSG");
        String caseId = order.caseIdOf("R-MSG");
        Envelope command = Envelope.first(new NotifyBuyer(order, caseId, "R-MSG", BuyerMessageTemplate.REFUND_APPROVED,
                Map.of("amount", "599.00"), "NS-1"), "refund-service", clock.instant());

        send(command);
        send(command); // a redelivery: same envelope, same ID
        // Same order key, so the same partition: once the marker's message is out, both copies were handled.
        String markerCase = order.caseIdOf("R-MSG-MARK");
        send(new NotifyBuyer(order, markerCase, "R-MSG-MARK", BuyerMessageTemplate.INTERCEPT_NOTICE, Map.of(), "RS-1"));
        await().atMost(Duration.ofSeconds(20)).until(() -> !buyerMessagesFor(markerCase).isEmpty());

        List<Envelope> sent = buyerMessagesFor(caseId);
        assertThat(sent).hasSize(1);
        Envelope out = sent.get(0);
        SendBuyerMessage message = (SendBuyerMessage) out.data();
        assertThat(message.text()).isEqualTo("亲亲,您的退款599.00元已经同意啦,请留意原路退回到账哦~感谢您的理解与支持");
        assertThat(message.messageId()).isEqualTo(caseId + ":REFUND_APPROVED:" + command.id());
        assertThat(message.refundId()).isEqualTo("R-MSG");
        assertThat(out.type()).isEqualTo("platform.send-buyer-message");
        assertThat(out.source()).isEqualTo("notification-service");
        assertThat(out.causationId()).isEqualTo(command.id());
        assertThat(out.correlationId()).isEqualTo(command.correlationId());
        assertThat(out.partitionKey()).isEqualTo(order.key());

        assertThat(((SendBuyerMessage) buyerMessagesFor(markerCase).get(0).data()).text())
                .isEqualTo("亲亲,这边看到您申请了仅退款。因为快递已经在路上了,我们会联系快递拦截,如果拦截失败了,"
                        + "建议您及时拒签商品。我们看到拒签记录后,会及时操作给您退款的哦。感谢理解~");
        assertThat(registry.get("refundpilot.buyer.messages").tag("template", "REFUND_APPROVED").counter().count())
                .isEqualTo(1.0);
    }

    @Test
    void aCommandMissingATemplateParamIsDeadLetteredNamingIt() {
        OrderRef order = new OrderRef(Platform.TAOBAO, "shop-1", "T-BAD");
        String caseId = order.caseIdOf("R-BAD");
        Envelope command = send(new NotifyBuyer(order, caseId, "R-BAD", BuyerMessageTemplate.REFUND_APPROVED_RETAIN,
                Map.of("amout", "599.00"), "NS-RETAIN"));

        try (var dlt = new TopicReader(broker.getBrokersAsString(), Topics.deadLetterOf(Topics.NOTIFICATION_COMMANDS))) {
            ConsumerRecord<String, String> dead = await().atMost(Duration.ofSeconds(20))
                    .until(() -> dlt.records().stream().filter(r -> r.value().contains(command.id())).findFirst()
                            .orElse(null), r -> r != null);
            String reason = new String(dead.headers().lastHeader(DeadLetterConfiguration.REASON_HEADER).value(),
                    StandardCharsets.UTF_8);
            assertThat(reason).contains("REFUND_APPROVED_RETAIN", "'amount'", caseId);
        }
        assertThat(buyerMessagesFor(caseId)).isEmpty();
    }

    @Test
    void agentTasksAreListedInQueueOrderWithTheirRiskAndARepeatChangesNothing() {
        OrderRef order = new OrderRef(Platform.PINDUODUO, "shop-T", "P-1");
        Instant now = clock.instant();
        CreateAgentTask normal = task(order, "R-N", "DL-2", TaskPriority.NORMAL, now.plus(Duration.ofHours(48)),
                "24 h left and no decision yet");
        CreateAgentTask top = task(order, "R-T", "CP-3", TaskPriority.TOP, now.plus(Duration.ofHours(72)),
                "platform intervention: upload evidence");
        CreateAgentTask urgent = task(order, "R-U", "NS-5", TaskPriority.HIGH, now.plus(Duration.ofMinutes(90)),
                "force-ship flag set");
        CreateAgentTask high = task(order, "R-H", "NS-5", TaskPriority.HIGH, now.plus(Duration.ofHours(24)),
                "warehouse cannot void");

        send(normal);
        send(top);
        send(urgent);
        send(new CreateAgentTask(order, normal.caseId(), normal.taskId(), "DL-2", TaskPriority.TOP,
                now.plus(Duration.ofHours(1)), "a repeat that must change nothing"));
        send(high); // same key, same partition: when it is listed, the repeat before it was handled

        List<Map<String, Object>> queue = await().atMost(Duration.ofSeconds(20))
                .until(() -> tasks("?shopId=shop-T"), list -> list.size() == 4);
        assertThat(queue).extracting(t -> t.get("taskId"))
                .containsExactly(top.taskId(), urgent.taskId(), high.taskId(), normal.taskId());
        assertThat(queue).extracting(t -> t.get("overdueRisk")).containsExactly(false, true, false, false);

        Map<String, Object> first = queue.get(3);
        assertThat(first).containsOnlyKeys("taskId", "caseId", "order", "ruleId", "priority", "dueAt", "summary",
                "status", "createdAt", "overdueRisk", "resolution", "resolvedAt", "resolvedBy", "resolvedAmountFen",
                "resolutionNote");
        assertThat(first).containsEntry("caseId", normal.caseId())
                .containsEntry("order", Map.of("platform", "PINDUODUO", "shopId", "shop-T", "orderId", "P-1"))
                .containsEntry("ruleId", "DL-2")
                .containsEntry("priority", "NORMAL")
                .containsEntry("summary", "24 h left and no decision yet")
                .containsEntry("dueAt", normal.dueAt().toString())
                .containsEntry("status", "OPEN")
                .containsEntry("createdAt", now.toString());

        assertThat(tasks("?caseId=" + top.caseId())).extracting(t -> t.get("taskId")).containsExactly(top.taskId());
        assertThat(tasks("?status=OPEN&shopId=shop-T")).hasSize(4);
        assertThat(tasks("?status=resolved&shopId=shop-T")).isEmpty();
        assertThat(tasks("?shopId=shop-T&limit=2")).extracting(t -> t.get("taskId"))
                .containsExactly(top.taskId(), urgent.taskId());
        Map<String, Object> one = api().get().uri("/api/tasks/{id}", top.taskId()).retrieve()
                .body(new ParameterizedTypeReference<Map<String, Object>>() {
                });
        assertThat(one).containsEntry("taskId", top.taskId()).containsEntry("priority", "TOP");

        // Risk is computed at read time: 23 h later the 24 h task is inside the 2 h margin too.
        clock.advance(Duration.ofHours(23));
        assertThat(tasks("?shopId=shop-T")).extracting(t -> t.get("overdueRisk"))
                .containsExactly(false, true, true, false);

        assertThat(registry.get("refundpilot.agent.tasks.created").tag("rule", "DL-2").tag("priority", "NORMAL")
                .counter().count()).isEqualTo(1.0);
        assertThat(registry.find("refundpilot.agent.tasks.created").tag("rule", "DL-2").tag("priority", "TOP")
                .counter()).isNull();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> registry.get("refundpilot.agent.tasks.open").gauge().value() == 4.0);
    }

    @Test
    void anUnknownTaskIs404ProblemJson() {
        var error = assertThrows(HttpClientErrorException.NotFound.class, () ->
                api().get().uri("/api/tasks/{id}", "TAOBAO:x:nope:DL-2").retrieve().body(String.class));
        assertThat(error.getResponseHeaders().getContentType().toString()).contains("application/problem+json");
        assertThat(error.getResponseBodyAsString()).contains("no task TAOBAO:x:nope:DL-2");
    }

    @Test
    void aBadFilterValueIs400ProblemJsonNamingTheParameter() {
        var status = assertThrows(HttpClientErrorException.BadRequest.class, () ->
                api().get().uri("/api/tasks?status=NOPE").retrieve().body(String.class));
        assertThat(status.getResponseHeaders().getContentType().toString()).contains("application/problem+json");
        Map<?, ?> problem = status.getResponseBodyAs(Map.class);
        assertThat(problem.get("field")).isEqualTo("status");
        assertThat((String) problem.get("detail")).contains("NOPE", "OPEN");

        var limit = assertThrows(HttpClientErrorException.BadRequest.class, () ->
                api().get().uri("/api/tasks?limit=0").retrieve().body(String.class));
        assertThat(limit.getResponseBodyAs(Map.class).get("field")).isEqualTo("limit");
    }

    /**
     * The launcher's way: a second context in this JVM, its own config file, the clock registered as a
     * singleton before the context starts. Time comes from that clock, and the two contexts share nothing.
     */
    @Test
    void startsLikeTheLauncherWithASharedClockBesideAnotherInstance() {
        VirtualClock shared = new VirtualClock(Instant.parse("2030-01-01T00:00:00Z"));
        try (var context = new SpringApplicationBuilder(NotificationServiceApplication.class)
                .properties("spring.config.name=notification-service")
                .bannerMode(Banner.Mode.OFF)
                .registerShutdownHook(false)
                .initializers(c -> c.getBeanFactory().registerSingleton("clock", shared))
                .run("--server.port=0", "--spring.kafka.bootstrap-servers=" + broker.getBrokersAsString(),
                        "--spring.mongodb.uri=" + EmbeddedMongo.freshUri("launcher"),
                        "--spring.kafka.listener.auto-startup=false", "--refundpilot.kafka.partitions=1")) {
            assertThat(context.getBean(Clock.class)).isSameAs(shared);
            OrderRef order = new OrderRef(Platform.DOUYIN, "shop-L", "D-1");
            CreateAgentTask command = task(order, "R-L", "DL-2", TaskPriority.HIGH,
                    shared.instant().plus(Duration.ofHours(3)), "launcher check");
            context.getBean(AgentTaskService.class).handle(Envelope.first(command, "test", shared.instant()), command);

            int launcherPort = ((WebServerApplicationContext) context).getWebServer().getPort();
            var client = RestClient.create("http://localhost:" + launcherPort);
            Map<String, Object> before = client.get().uri("/api/tasks/{id}", command.taskId()).retrieve()
                    .body(new ParameterizedTypeReference<Map<String, Object>>() {
                    });
            assertThat(before).containsEntry("createdAt", "2030-01-01T00:00:00Z").containsEntry("overdueRisk", false);
            shared.advance(Duration.ofHours(2));
            assertThat(client.get().uri("/api/tasks/{id}", command.taskId()).retrieve()
                    .body(new ParameterizedTypeReference<Map<String, Object>>() {
                    })).containsEntry("overdueRisk", true);
        }
        assertThat(tasks("?shopId=shop-L")).isEmpty();
    }

    private static CreateAgentTask task(OrderRef order, String refundId, String ruleId, TaskPriority priority,
            Instant dueAt, String summary) {
        String caseId = order.caseIdOf(refundId);
        return new CreateAgentTask(order, caseId, caseId + ":" + ruleId, ruleId, priority, dueAt, summary);
    }
}
