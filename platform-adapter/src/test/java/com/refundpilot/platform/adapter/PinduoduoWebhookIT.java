package com.refundpilot.platform.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.refundpilot.contracts.events.BuyerReplied;
import com.refundpilot.contracts.events.RefundRequested;
import com.refundpilot.contracts.topics.Topics;
import com.refundpilot.contracts.vocabulary.BuyerIntent;
import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.kit.outbox.AggregateStore;
import com.refundpilot.kit.testsupport.EmbeddedMongo;
import com.refundpilot.platform.PlatformAdapterApplication;
import com.refundpilot.platform.adapter.out.mongo.InboundMessageDocument;
import com.refundpilot.platform.domain.pdd.PddSignature;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

/**
 * Pinduoduo's message frames through the real web layer and a real KRaft broker (the router's reads answered by a
 * stub): a signed frame becomes its canonical event once, a replay is a duplicate acknowledged alike, and every
 * forged, stale, malformed, incomplete or oversized frame is a 4xx problem+json naming the field, with nothing
 * stored and nothing published. Logs never show a full phone number.
 */
@SpringBootTest(classes = PlatformAdapterApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedKafka(partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@ExtendWith(OutputCaptureExtension.class)
class PinduoduoWebhookIT {

    private static final PddSignature SANDBOX_KEYS = new PddSignature("sandbox-app", "sandbox-secret",
            Duration.ofMinutes(5));
    private static final Pattern FULL_PHONE = Pattern.compile("(?<!\\d)1[3-9]\\d{9}(?!\\d)");
    private static final String PHONE = "13812345678";
    private static final AtomicLong FRAME_IDS = new AtomicLong(900_000);
    private static final PddStubPlatform PLATFORM = new PddStubPlatform(PinduoduoWebhookIT::answer);
    /** While true the router fails every read of after-sale P-DOWN (a platform outage). */
    private static volatile boolean platformDown = true;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> EmbeddedMongo.freshUri("platform-pdd-webhook"));
        registry.add("refundpilot.platforms.pinduoduo.base-url", PLATFORM::baseUrl);
    }

    @Autowired
    EmbeddedKafkaBroker broker;
    @Autowired
    Clock clock;
    @Autowired
    AggregateStore store;
    @LocalServerPort
    int port;

    private PublishedMessages refundEvents;

    @BeforeEach
    void setUp() {
        refundEvents = new PublishedMessages(broker.getBrokersAsString(), Topics.PLATFORM_REFUND_EVENTS);
    }

    @AfterEach
    void closeReader() {
        refundEvents.close();
    }

    @AfterAll
    static void stopPlatform() {
        PLATFORM.close();
    }

    /** The stub router: a waiting refund-only after-sale for any ID, and a chat with a buyer's phone number. */
    private static String answer(Map<String, String> form) {
        String id = form.get("after_sales_id");
        if ("P-DOWN".equals(id) && platformDown) {
            return PddStubPlatform.UNAVAILABLE;
        }
        return switch (form.getOrDefault("type", "")) {
            case "pdd.refund.information.get" -> "{\"refund_information_get_response\":{\"id\":\"" + id
                    + "\",\"order_sn\":\"" + form.get("order_sn") + "\",\"mall_id\":\"shop-p\",\"after_sales_type\":1,"
                    + "\"after_sales_status\":2,\"after_sales_reason\":\"不想要了\",\"refund_amount\":19900,"
                    + "\"goods_number\":1,\"order_goods_number\":2,\"order_amount\":39800,\"outer_id\":\"CUP-1\","
                    + "\"expire_time\":1763085600,\"created_time\":1762826400,\"updated_at\":1762826400000,"
                    + "\"intervention_status\":0}}";
            case "pdd.refund.message.list" -> "{\"refund_message_list_response\":{\"messages\":["
                    + "{\"message_id\":1001,\"sender_role\":1,\"content\":\"没收到货，打我电话" + PHONE
                    + "，地址上海市浦东新区世纪大道100号\",\"images\":[],\"created_time\":1762826500},"
                    + "{\"message_id\":1002,\"sender_role\":2,\"content\":\"您的电话" + PHONE + "已记下\",\"images\":[],"
                    + "\"created_time\":1762826600}]}}";
            default -> "{\"error_response\":{\"error_code\":10001,\"error_msg\":\"type 不存在\"}}";
        };
    }

    static String frame(long id, String type, String afterSaleId, String extraContent) {
        String content = "{\"mall_id\":\"shop-p\",\"refund_id\":\"" + afterSaleId + "\",\"tid\":\"T-" + afterSaleId
                + "\",\"bill_type\":1,\"refund_fee\":19900,\"modified\":1762826400000" + extraContent + "}";
        return "{\"id\":" + id + ",\"commandType\":\"Common\",\"time\":1762826400000,\"sendTime\":1762826400000,"
                + "\"message\":{\"type\":\"" + type + "\",\"mallID\":\"shop-p\",\"content\":"
                + quoted(content) + "}}";
    }

    private static String quoted(String json) {
        return "\"" + json.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private ResponseEntity<String> post(byte[] body, String clientId, String timestamp, String sign) {
        RestClient.RequestBodySpec request = RestClient.create("http://localhost:" + port).post()
                .uri("/webhooks/pinduoduo").contentType(MediaType.APPLICATION_JSON);
        if (clientId != null) {
            request = request.header(PddSignature.CLIENT_ID_HEADER, clientId);
        }
        if (timestamp != null) {
            request = request.header(PddSignature.TIMESTAMP_HEADER, timestamp);
        }
        if (sign != null) {
            request = request.header(PddSignature.SIGN_HEADER, sign);
        }
        return request.body(body).exchange((req, response) -> ResponseEntity.status(response.getStatusCode())
                .headers(response.getHeaders())
                .body(new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8)));
    }

    private ResponseEntity<String> signed(String body, PddSignature keys, long millis) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String ts = Long.toString(millis);
        return post(bytes, "sandbox-app", ts, keys.signPush(ts, bytes));
    }

    private ResponseEntity<String> signed(String body) {
        return signed(body, SANDBOX_KEYS, clock.millis());
    }

    @Test
    void aSignedFrameBecomesOneRefundRequestedAndItsReplayIsAcknowledgedAsADuplicate() {
        long id = FRAME_IDS.incrementAndGet();
        String body = frame(id, "pdd_refund_RefundCreated", "P-1", "");

        ResponseEntity<String> first = signed(body);
        ResponseEntity<String> replay = signed(body);

        assertThat(first.getStatusCode().value()).isEqualTo(200);
        assertThat(first.getBody()).isEqualTo("{\"commandType\":\"Ack\",\"id\":" + id + "}");
        assertThat(replay.getStatusCode().value()).isEqualTo(200);
        assertThat(replay.getBody()).isEqualTo(first.getBody());
        RefundRequested requested = refundEvents.awaitOne(RefundRequested.class, "P-1");
        assertThat(requested.order().platform()).isEqualTo(Platform.PINDUODUO);
        assertThat(requested.order().shopId()).isEqualTo("shop-p");
        assertThat(requested.amountFen()).isEqualTo(19900);
        assertThat(requested.orderQuantity()).isEqualTo(2);
        assertThat(requested.deadline().getEpochSecond()).isEqualTo(1763085600L);
        assertThat(requested.platformVersion()).isEqualTo(1762826400000L);
        assertThat(store.find(InboundMessageDocument.class, "PINDUODUO:" + id)).isPresent();
        // A later marker proves the consumer read past the replay: still one event for P-1.
        signed(frame(FRAME_IDS.incrementAndGet(), "pdd_refund_RefundCreated", "P-1-MARK", ""));
        refundEvents.awaitOne(RefundRequested.class, "P-1-MARK");
        assertThat(refundEvents.about(RefundRequested.class, "P-1")).hasSize(1);
    }

    @Test
    void forgedStaleMalformedIncompleteOrOversizedFramesAreRefusedStoreNothingAndPublishNothing() {
        long id = FRAME_IDS.incrementAndGet();
        String valid = frame(id, "pdd_refund_RefundCreated", "P-BAD", "");
        byte[] bytes = valid.getBytes(StandardCharsets.UTF_8);
        long now = clock.millis();
        String ts = Long.toString(now);

        assertProblem(post(bytes, "sandbox-app", ts, "00FF00FF00FF00FF00FF00FF00FF00FF"), 401,
                PddSignature.SIGN_HEADER);
        assertProblem(signed(valid, new PddSignature("sandbox-app", "wrong-secret", Duration.ofMinutes(5)), now), 401,
                PddSignature.SIGN_HEADER);
        assertProblem(post(bytes, "someone-else", ts, SANDBOX_KEYS.signPush(ts, bytes)), 401,
                PddSignature.CLIENT_ID_HEADER);
        assertProblem(post(bytes, "sandbox-app", ts, null), 401, PddSignature.SIGN_HEADER);
        assertProblem(post(bytes, "sandbox-app", null, SANDBOX_KEYS.signPush(ts, bytes)), 401,
                PddSignature.TIMESTAMP_HEADER);
        assertProblem(signed(valid, SANDBOX_KEYS, now - Duration.ofMinutes(6).toMillis()), 401,
                PddSignature.TIMESTAMP_HEADER);
        // Signed over other bytes: the bytes received are not the bytes signed.
        assertProblem(post(valid.replace("19900", "99900").getBytes(StandardCharsets.UTF_8), "sandbox-app", ts,
                SANDBOX_KEYS.signPush(ts, bytes)), 401, PddSignature.SIGN_HEADER);
        assertProblem(signed("{not json"), 400, "\"field\":\"body\"");
        assertProblem(signed(valid.replace("\"id\":" + id + ",", "")), 400, "\"field\":\"id\"");
        assertProblem(signed(valid.replace("\\\"refund_id\\\":\\\"P-BAD\\\",", "")), 400,
                "\"field\":\"message.content.refund_id\"");
        assertProblem(signed(valid.replace("\\\"refund_fee\\\":19900", "\\\"refund_fee\\\":-5")), 400,
                "\"field\":\"message.content.refund_fee\"");
        assertProblem(signed(valid.replace("\"content\":\"{", "\"content\":\"{{")), 400,
                "\"field\":\"message.content\"");
        assertProblem(signed(valid.replace("\"type\":\"pdd_refund_RefundCreated\",", "")), 400,
                "\"field\":\"message.type\"");
        assertProblem(signed(valid.replace("\"time\":", "\"pad\":\"" + "x".repeat(70_000) + "\",\"time\":")), 413,
                "exceeds");

        assertThat(store.find(InboundMessageDocument.class, "PINDUODUO:" + id)).isEmpty();
        signed(frame(FRAME_IDS.incrementAndGet(), "pdd_refund_RefundCreated", "P-BAD-MARK", ""));
        refundEvents.awaitOne(RefundRequested.class, "P-BAD-MARK");
        assertThat(refundEvents.about(RefundRequested.class, "P-BAD")).isEmpty();
    }

    @Test
    void aFrameWhoseAfterSaleCannotBeReadIsA503StoresNothingAndItsRedeliveryIsAccepted() {
        long id = FRAME_IDS.incrementAndGet();
        String body = frame(id, "pdd_refund_RefundCreated", "P-DOWN", "");

        ResponseEntity<String> refused = signed(body);
        assertProblem(refused, 503, "deliver it again");
        assertThat(store.find(InboundMessageDocument.class, "PINDUODUO:" + id)).isEmpty();

        platformDown = false;
        ResponseEntity<String> redelivered = signed(body);
        assertThat(redelivered.getStatusCode().value()).isEqualTo(200);
        assertThat(refundEvents.awaitOne(RefundRequested.class, "P-DOWN").amountFen()).isEqualTo(19900);
        assertThat(store.find(InboundMessageDocument.class, "PINDUODUO:" + id)).isPresent();
    }

    @Test
    void aBuyerWritingHerPhoneNumberAndAddressNeverPutsThemInTheLogs(CapturedOutput output) {
        assertThat(signed(frame(FRAME_IDS.incrementAndGet(), "pdd_refund_RefundCreateMessage", "P-PII",
                ",\"message_id\":1001")).getStatusCode().value()).isEqualTo(200);
        assertThat(signed(frame(FRAME_IDS.incrementAndGet(), "pdd_refund_RefundCreateMessage", "P-PII",
                ",\"message_id\":1002")).getStatusCode().value()).isEqualTo(200);

        BuyerReplied replied = refundEvents.awaitOne(BuyerReplied.class, "P-PII");
        assertThat(replied.intent()).isEqualTo(BuyerIntent.NOT_RECEIVED);
        assertThat(output.getAll()).doesNotContain(PHONE).doesNotContain("世纪大道100号");
        var leak = FULL_PHONE.matcher(output.getAll());
        assertThat(leak.find()).as(() -> "a full phone number in the logs: …" + output.getAll()
                .substring(Math.max(0, leak.start() - 300), Math.min(output.getAll().length(), leak.end() + 50)))
                .isFalse();
    }

    private static void assertProblem(ResponseEntity<String> response, int status, String mentions) {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatusCode.valueOf(status));
        assertThat(response.getHeaders().getContentType().toString()).contains("application/problem+json");
        assertThat(response.getBody()).contains(mentions);
    }
}
