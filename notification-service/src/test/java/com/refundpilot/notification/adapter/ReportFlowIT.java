package com.refundpilot.notification.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.refundpilot.contracts.codec.EnvelopeCodec;
import com.refundpilot.contracts.envelope.Envelope;
import com.refundpilot.contracts.envelope.Message;
import com.refundpilot.contracts.events.CaseClosed;
import com.refundpilot.contracts.events.CaseDecided;
import com.refundpilot.contracts.events.CaseOpened;
import com.refundpilot.contracts.events.ClaimUpdated;
import com.refundpilot.contracts.events.InterceptFailed;
import com.refundpilot.contracts.events.InterceptRequested;
import com.refundpilot.contracts.events.TrackingUpdated;
import com.refundpilot.contracts.topics.Topics;
import com.refundpilot.contracts.vocabulary.CaseOutcome;
import com.refundpilot.contracts.vocabulary.ClaimStatus;
import com.refundpilot.contracts.vocabulary.OrderRef;
import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.contracts.vocabulary.RefundReason;
import com.refundpilot.contracts.vocabulary.RefundType;
import com.refundpilot.contracts.vocabulary.TrackingStatus;
import com.refundpilot.kit.testsupport.EmbeddedMongo;
import com.refundpilot.kit.testsupport.TopicReader;
import com.refundpilot.kit.time.VirtualClock;
import com.refundpilot.kit.timer.TimerHandler;
import com.refundpilot.kit.timer.TimerStore;
import com.refundpilot.kit.timer.TimerSweeper;
import com.refundpilot.notification.NotificationServiceApplication;
import com.refundpilot.notification.application.report.ShopRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/**
 * RP-3 end to end on a real KRaft broker: case and logistics events in, the daily report out of the API, the
 * supervisor's message at 09:30 Shanghai time on the virtual clock, once.
 */
@SpringBootTest(classes = {NotificationServiceApplication.class, ReportFlowIT.VirtualTime.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"refundpilot.outbox.sweep-interval=PT0.2S", "refundpilot.reports.gauge-interval=PT0.2S",
                "refundpilot.kafka.partitions=1"})
@EmbeddedKafka(partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
class ReportFlowIT {

    /** 10:00 on 2026-11-11 in Shanghai. */
    private static final Instant START = Instant.parse("2026-11-11T02:00:00Z");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {
    };
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
    @Autowired
    MongoTemplate mongo;
    @Autowired
    TimerStore timers;
    @Autowired
    TimerHandler timerHandler;
    @LocalServerPort
    int port;

    private final EnvelopeCodec codec = new EnvelopeCodec();

    private Envelope send(Message message, Instant at) {
        Envelope envelope = Envelope.first(message, "refund-service", at);
        send(envelope);
        return envelope;
    }

    private void send(Envelope envelope) {
        kafka.send(envelope.topic(), envelope.partitionKey(), codec.encode(envelope));
    }

    private RestClient api() {
        return RestClient.create("http://localhost:" + port);
    }

    private Map<String, Object> report(String shopId, String date) {
        return api().get().uri("/api/reports/daily?platform=TAOBAO&shopId={s}&date={d}", shopId, date).retrieve()
                .body(OBJECT);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> at(Map<String, Object> map, String... path) {
        Map<String, Object> current = map;
        for (String key : path) {
            current = (Map<String, Object>) current.get(key);
        }
        return current;
    }

    private static CaseOpened opened(OrderRef order, String refundId, String sku, RefundReason reason, long fen) {
        return new CaseOpened(order, order.caseIdOf(refundId), refundId, RefundType.REFUND_ONLY, reason, fen,
                START.plus(Duration.ofDays(2)), sku);
    }

    private static CaseClosed refunded(OrderRef order, String refundId, long fen, Duration took, boolean recovered,
            boolean automated) {
        return new CaseClosed(order, order.caseIdOf(refundId), CaseOutcome.REFUNDED, fen, "NS-1", took, recovered,
                automated);
    }

    @Test
    void caseAndLogisticsEventsBecomeTheDailyReportCountedOnceEach() {
        OrderRef o1 = new OrderRef(Platform.TAOBAO, "shop-R", "T1");
        OrderRef o2 = new OrderRef(Platform.TAOBAO, "shop-R", "T2");
        OrderRef o3 = new OrderRef(Platform.TAOBAO, "shop-R", "T3");
        Instant t = START;

        send(opened(o1, "R1", "SKU-1", RefundReason.NOT_RECEIVED, 59_900), t);
        send(new CaseDecided(o1, o1.caseIdOf("R1"), "RS-2", Map.of("value", "59900"), List.of("INTERCEPT"), "x"), t);
        Envelope lost = send(refunded(o1, "R1", 59_900, Duration.ofMinutes(5), false, true), t);
        send(lost); // redelivered
        send(opened(o2, "R2", "SKU-2", RefundReason.NOT_WANTED, 10_000), t);
        send(refunded(o2, "R2", 10_000, Duration.ofHours(1), true, false), t);
        send(opened(o3, "R3", "SKU-1", RefundReason.NOT_RECEIVED, 20_000), t);
        // The courier's answers come after the cases they are about (as they do: refund-service asks for them).
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(at(report("shop-R", "2026-11-11"), "shop", "requests").get("count")).isEqualTo(3));
        send(new InterceptRequested(o2, o2.caseIdOf("R2"), "ZTO", "ZT2"), t);
        Envelope succeeded = send(new TrackingUpdated(o2, "ZTO", "ZT2", TrackingStatus.INTERCEPT_SUCCEEDED,
                t.plusSeconds(60), null, null), t.plusSeconds(60));
        send(succeeded); // redelivered
        send(new TrackingUpdated(o2, "ZTO", "ZT2", TrackingStatus.INTERCEPT_FAILED, t.plusSeconds(90), null, null),
                t.plusSeconds(90)); // a contrary later push: the first outcome stands
        send(new InterceptFailed(o3, o3.caseIdOf("R3"), "ZTO", "ZT3", "ALREADY_SIGNED", "signed"), t);
        send(new ClaimUpdated(o1, o1.caseIdOf("R1"), "CL-1", ClaimStatus.DRAFT, "ZTO", "ZT1", "SKU-1", 59_900, 0,
                null, t), t);
        send(new ClaimUpdated(o1, o1.caseIdOf("R1"), "CL-1", ClaimStatus.APPROVED, "ZTO", "ZT1", "SKU-1", 59_900, 0,
                null, t), t);
        // 00:10 on the 12th in Shanghai (still the 11th in UTC): the next local day
        Instant nextDay = Instant.parse("2026-11-11T16:10:00Z");
        send(opened(o3, "R4", "SKU-1", RefundReason.QUALITY, 5_000), nextDay);
        send(new ClaimUpdated(o1, o1.caseIdOf("R1"), "CL-1", ClaimStatus.COMPENSATED, "ZTO", "ZT1", "SKU-1", 59_900,
                50_000, "ZTO-9", nextDay), nextDay);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(at(report("shop-R", "2026-11-12"), "shop", "claims").get("compensated")).isEqualTo(1));

        Map<String, Object> day = report("shop-R", "2026-11-11");
        assertThat(day).containsEntry("platform", "TAOBAO").containsEntry("shopId", "shop-R")
                .containsEntry("date", "2026-11-11").containsEntry("timeZone", "Asia/Shanghai");
        Map<String, Object> shop = at(day, "shop");
        assertThat(at(shop, "requests")).containsEntry("count", 3).containsEntry("amountFen", 89_900);
        assertThat(at(shop, "refunds")).containsEntry("count", 2).containsEntry("amountFen", 69_900)
                .containsEntry("autoApproved", 1).containsEntry("autoApprovalRate", 0.5)
                .containsEntry("medianTimeToRefundSeconds", 1_950).containsEntry("medianTimeToRefund", "PT32M30S");
        assertThat(at(shop, "refunds", "byReason")).isEqualTo(Map.of("NOT_RECEIVED", 1, "NOT_WANTED", 1));
        assertThat(at(shop, "losses")).isEqualTo(Map.of("count", 1, "amountFen", 59_900));
        assertThat(at(shop, "intercepts")).containsEntry("requested", 2).containsEntry("succeeded", 1)
                .containsEntry("failed", 1).containsEntry("successRate", 0.5);
        assertThat(at(shop, "claims")).containsEntry("filed", 1).containsEntry("compensated", 0)
                .containsEntry("open", 1);
        assertThat(at(shop, "decisionsByRule")).isEqualTo(Map.of("RS-2", 1));

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> skus = (List<Map<String, Object>>) day.get("skus");
        assertThat(skus).extracting(s -> s.get("sku")).containsExactly("SKU-1", "SKU-2");
        assertThat(at(skus.get(0), "figures", "losses")).containsEntry("count", 1);
        assertThat(at(skus.get(0), "figures", "intercepts")).containsEntry("requested", 1).containsEntry("failed", 1);
        assertThat(at(skus.get(1), "figures", "intercepts")).containsEntry("successRate", 1.0);

        Map<String, Object> next = at(report("shop-R", "2026-11-12"), "shop");
        assertThat(at(next, "requests")).containsEntry("count", 1);
        assertThat(at(next, "claims")).containsEntry("filed", 0).containsEntry("compensated", 1)
                .containsEntry("compensatedFen", 50_000).containsEntry("open", 0);

        assertThat(registry.get("refundpilot.report.losses").tag("shop", "shop-R").counter().count()).isEqualTo(1.0);
        assertThat(registry.get("refundpilot.report.intercepts").tag("shop", "shop-R").tag("result", "succeeded")
                .counter().count()).isEqualTo(1.0);
        assertThat(registry.get("refundpilot.report.refunds").tag("shop", "shop-R").tag("automated", "true")
                .counter().count()).isEqualTo(1.0);
        assertThat(registry.get("refundpilot.report.time.to.refund").tag("shop", "shop-R").timer().count())
                .isEqualTo(2);
    }

    @Test
    void theSupervisorHearsAboutYesterdayAtHalfPastNineShanghaiTimeOnceEvenWhenFiredAgain() {
        OrderRef order = new OrderRef(Platform.TAOBAO, "shop-S", "S1");
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, SHANGHAI);
        Instant due = today.plusDays(1).atTime(9, 30).atZone(SHANGHAI).toInstant();
        send(opened(order, "R1", "SKU-S", RefundReason.QUALITY, 12_300), now);
        send(refunded(order, "R1", 12_300, Duration.ofMinutes(3), true, true), now);
        String aggregate = "report:TAOBAO:shop-S";
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(at(report("shop-S", today.toString()), "shop", "refunds").get("count")).isEqualTo(1));
        assertThat(timers.find(aggregate, ShopRegistry.KIND).getDueAt()).isEqualTo(due);

        clock.set(due.minusSeconds(1));
        var secondInstance = new TimerSweeper(mongo, clock, timerHandler, Duration.ofMinutes(1), registry);
        secondInstance.sweep();
        assertThat(messages("shop-S")).isEmpty();

        clock.set(due);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            secondInstance.sweep(); // two instances sweeping the same timers
            assertThat(messages("shop-S")).hasSize(1);
        });
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(timers.find(aggregate, ShopRegistry.KIND).getDueAt()).isEqualTo(due.plus(Duration.ofDays(1))));

        // A stale firing of the same day (a crashed holder's claim taken again) composes nothing new.
        timers.schedule(aggregate, ShopRegistry.KIND, due);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(timers.find(aggregate, ShopRegistry.KIND).getDueAt()).isEqualTo(due.plus(Duration.ofDays(1))));
        List<Map<String, Object>> messages = messages("shop-S");
        assertThat(messages).hasSize(1);
        Map<String, Object> message = messages.get(0);
        assertThat(message).containsEntry("messageId", "TAOBAO:shop-S:" + today)
                .containsEntry("date", today.toString()).containsEntry("shopId", "shop-S");
        assertThat((String) message.get("text")).contains("【售后日报】TAOBAO 店铺 shop-S · " + today,
                "退款:1 笔,共 123.00 元", "自动通过率 100.0%", "质量问题 1");
        assertThat(at(message, "report", "shop", "refunds")).containsEntry("count", 1);
        assertThat(registry.get("refundpilot.report.supervisor.messages").tag("shop", "shop-S").counter().count())
                .isEqualTo(1.0);

        // A day later the next one comes, for the day without events: a report of zeros.
        clock.set(due.plus(Duration.ofDays(1)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(messages("shop-S")).hasSize(2));
        assertThat(messages("shop-S").get(0)).containsEntry("date", today.plusDays(1).toString());
        assertThat(api().get().uri("/api/supervisor-messages?shopId=shop-S&date={d}", today).retrieve().body(LIST))
                .hasSize(1);
    }

    private List<Map<String, Object>> messages(String shopId) {
        return api().get().uri("/api/supervisor-messages?platform=TAOBAO&shopId={s}", shopId).retrieve().body(LIST);
    }

    @Test
    void aBadParameterIsA400NamingIt() {
        assertBadRequest("/api/reports/daily?shopId=shop-1&date=2026-11-11", "platform", "required");
        assertBadRequest("/api/reports/daily?platform=EBAY&shopId=shop-1&date=2026-11-11", "platform", "EBAY");
        assertBadRequest("/api/reports/daily?platform=TAOBAO&shopId=&date=2026-11-11", "shopId", "required");
        assertBadRequest("/api/reports/daily?platform=TAOBAO&shopId=shop-1", "date", "required");
        assertBadRequest("/api/reports/daily?platform=TAOBAO&shopId=shop-1&date=2026-13-01", "date", "2026-13-01");
        assertBadRequest("/api/reports/daily?platform=TAOBAO&shopId=shop-1&date=11/11/2026", "date", "11/11/2026");
        assertBadRequest("/api/reports/daily?platform=TAOBAO&shopId=shop-1&date=2099-01-01", "date", "after today");
        assertBadRequest("/api/supervisor-messages?limit=0", "limit", "1 to 1000");
        assertBadRequest("/api/supervisor-messages?platform=nope", "platform", "nope");

        Map<String, Object> quiet = report("shop-quiet", "2026-11-10");
        assertThat(at(quiet, "shop", "refunds")).containsEntry("count", 0).containsEntry("autoApprovalRate", null);
        assertThat(quiet.get("skus")).isEqualTo(List.of());
    }

    private void assertBadRequest(String uri, String field, String detail) {
        var error = assertThrows(HttpClientErrorException.BadRequest.class, () ->
                api().get().uri(uri).retrieve().body(OBJECT));
        assertThat(error.getResponseHeaders().getContentType().toString()).contains("application/problem+json");
        Map<?, ?> problem = error.getResponseBodyAs(Map.class);
        assertThat(problem.get("field")).as(uri).isEqualTo(field);
        assertThat((String) problem.get("detail")).as(uri).contains(detail);
    }

    @Test
    void anUndecodableLogisticsEventGoesToItsDeadLetterTopic() {
        try (var dlt = new TopicReader(broker.getBrokersAsString(), Topics.deadLetterOf(Topics.LOGISTICS_EVENTS))) {
            kafka.send(Topics.LOGISTICS_EVENTS, "TAOBAO:shop-X:T1", "{not an envelope");
            await().atMost(Duration.ofSeconds(30)).until(() -> dlt.values().contains("{not an envelope"));
        }
    }
}
