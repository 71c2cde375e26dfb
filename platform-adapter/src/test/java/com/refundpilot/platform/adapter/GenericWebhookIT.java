package com.refundpilot.platform.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.refundpilot.contracts.events.BuyerReplied;
import com.refundpilot.contracts.events.RefundRequested;
import com.refundpilot.contracts.topics.Topics;
import com.refundpilot.contracts.vocabulary.BuyerIntent;
import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.contracts.vocabulary.RefundType;
import com.refundpilot.kit.outbox.AggregateStore;
import com.refundpilot.kit.testsupport.EmbeddedMongo;
import com.refundpilot.platform.PlatformAdapterApplication;
import com.refundpilot.platform.adapter.out.mongo.InboundMessageDocument;
import com.refundpilot.platform.domain.generic.GenericSignature;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Pattern;
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
 * The generic protocol's pushes through the real web layer and a real KRaft broker: a signed push becomes its
 * canonical event once, a replay is a duplicate, and every forged, stale, malformed, incomplete or oversized push
 * is a 4xx problem+json naming the field, with nothing stored and nothing published. Logs never show a full phone
 * number, even when buyers write one.
 */
@SpringBootTest(classes = PlatformAdapterApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedKafka(partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@ExtendWith(OutputCaptureExtension.class)
class GenericWebhookIT {

    private static final GenericSignature SANDBOX_KEYS = new GenericSignature("sandbox-app", "sandbox-secret",
            Duration.ofMinutes(5));
    /** A mainland mobile number standing alone (not inside a longer digit run such as a timestamp). */
    private static final Pattern FULL_PHONE = Pattern.compile("(?<!\\d)1[3-9]\\d{9}(?!\\d)");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> EmbeddedMongo.freshUri("platform-generic"));
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
    void close() {
        refundEvents.close();
    }

    static String afterSale(String id, String status, String extra) {
        return "{\"afterSaleId\":\"" + id + "\",\"orderId\":\"T-" + id + "\",\"shopId\":\"shop-g\","
                + "\"type\":\"RETURN_AND_REFUND\",\"status\":\"" + status + "\",\"version\":1,\"reason\":\"质量问题\","
                + "\"amountFen\":19900,\"quantity\":1,\"orderPaidFen\":39800,\"orderQuantity\":2,\"sku\":\"CUP-1\","
                + "\"createdAt\":\"2026-12-01T08:00:00Z\",\"updatedAt\":\"2026-12-01T08:00:00Z\","
                + "\"deadline\":\"2026-12-03T08:00:00Z\"" + extra + "}";
    }

    static String push(String eventId, String type, String afterSale, String extra) {
        return "{\"eventId\":\"" + eventId + "\",\"type\":\"" + type + "\",\"shopId\":\"shop-g\","
                + "\"occurredAt\":\"2026-12-01T08:00:00Z\",\"afterSale\":" + afterSale + extra + "}";
    }

    private ResponseEntity<String> post(byte[] body, String appKey, String timestamp, String signature) {
        RestClient.RequestBodySpec request = RestClient.create("http://localhost:" + port).post()
                .uri("/webhooks/generic").contentType(MediaType.APPLICATION_JSON);
        if (appKey != null) {
            request = request.header(GenericSignature.APP_KEY_HEADER, appKey);
        }
        if (timestamp != null) {
            request = request.header(GenericSignature.TIMESTAMP_HEADER, timestamp);
        }
        if (signature != null) {
            request = request.header(GenericSignature.SIGNATURE_HEADER, signature);
        }
        return request.body(body).exchange((req, response) -> ResponseEntity.status(response.getStatusCode())
                .headers(response.getHeaders())
                .body(new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8)));
    }

    private ResponseEntity<String> signed(String body, GenericSignature keys, long millis) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String ts = Long.toString(millis);
        return post(bytes, "sandbox-app", ts, keys.sign(ts, bytes));
    }

    private ResponseEntity<String> signed(String body) {
        return signed(body, SANDBOX_KEYS, clock.millis());
    }

    @Test
    void aSignedPushBecomesOneRefundRequestedAndItsReplayIsADuplicate() {
        String body = push("evt-created-1", "after_sale.created", afterSale("G-1", "WAITING_MERCHANT", ""), "");

        ResponseEntity<String> first = signed(body);
        ResponseEntity<String> replay = signed(body);

        assertThat(first.getStatusCode().value()).isEqualTo(200);
        assertThat(first.getBody()).contains("success");
        assertThat(replay.getStatusCode().value()).isEqualTo(200);
        assertThat(replay.getBody()).contains("duplicate");
        RefundRequested requested = refundEvents.awaitOne(RefundRequested.class, "G-1");
        assertThat(requested.order().platform()).isEqualTo(Platform.GENERIC);
        assertThat(requested.order().shopId()).isEqualTo("shop-g");
        assertThat(requested.type()).isEqualTo(RefundType.RETURN_AND_REFUND);
        assertThat(requested.amountFen()).isEqualTo(19900);
        assertThat(requested.orderPaidFen()).isEqualTo(39800);
        assertThat(requested.orderQuantity()).isEqualTo(2);
        assertThat(requested.deadline()).isEqualTo(java.time.Instant.parse("2026-12-03T08:00:00Z"));
        assertThat(requested.capabilities()).isNotEmpty();
        // A later marker proves the consumer read past the replay: still one event for G-1.
        signed(push("evt-marker-1", "after_sale.created", afterSale("G-1-MARK", "WAITING_MERCHANT", ""), ""));
        refundEvents.awaitOne(RefundRequested.class, "G-1-MARK");
        assertThat(refundEvents.about(RefundRequested.class, "G-1")).hasSize(1);
    }

    @Test
    void forgedStaleMalformedIncompleteOrOversizedPushesAreRefusedStoreNothingAndPublishNothing() {
        String eventId = "evt-bad-" + UUID.randomUUID();
        String valid = push(eventId, "after_sale.created", afterSale("G-BAD", "WAITING_MERCHANT", ""), "");
        byte[] bytes = valid.getBytes(StandardCharsets.UTF_8);
        long now = clock.millis();
        String ts = Long.toString(now);

        assertProblem(post(bytes, "sandbox-app", ts, "v1=00ff"), 401, GenericSignature.SIGNATURE_HEADER);
        assertProblem(signed(valid, new GenericSignature("sandbox-app", "wrong-secret", Duration.ofMinutes(5)), now),
                401, GenericSignature.SIGNATURE_HEADER);
        assertProblem(post(bytes, "someone-else", ts, SANDBOX_KEYS.sign(ts, bytes)), 401,
                GenericSignature.APP_KEY_HEADER);
        assertProblem(post(bytes, "sandbox-app", ts, null), 401, GenericSignature.SIGNATURE_HEADER);
        assertProblem(post(bytes, "sandbox-app", null, SANDBOX_KEYS.sign(ts, bytes)), 401,
                GenericSignature.TIMESTAMP_HEADER);
        assertProblem(signed(valid, SANDBOX_KEYS, now - Duration.ofMinutes(6).toMillis()), 401,
                GenericSignature.TIMESTAMP_HEADER);
        // Signed with a different body: the bytes received are not the bytes signed.
        assertProblem(post(valid.replace("19900", "99900").getBytes(StandardCharsets.UTF_8), "sandbox-app", ts,
                SANDBOX_KEYS.sign(ts, bytes)), 401, GenericSignature.SIGNATURE_HEADER);
        assertProblem(signed("{not json"), 400, "\"field\":\"body\"");
        assertProblem(signed(valid.replace("\"eventId\":\"" + eventId + "\",", "")), 400, "\"field\":\"eventId\"");
        assertProblem(signed(valid.replace("\"amountFen\":19900,", "")), 400, "\"field\":\"afterSale.amountFen\"");
        assertProblem(signed(valid.replace("\"amountFen\":19900", "\"amountFen\":-5")), 400,
                "\"field\":\"afterSale.amountFen\"");
        assertProblem(signed(valid.replace("\"createdAt\":\"2026-12-01T08:00:00Z\"", "\"createdAt\":\"yesterday\"")),
                400, "\"field\":\"afterSale.createdAt\"");
        assertProblem(signed(push(eventId, "after_sale.buyer_message", afterSale("G-BAD", "WAITING_MERCHANT", ""),
                "")), 400, "\"field\":\"message\"");
        assertProblem(signed(valid.replace("\"sku\":\"CUP-1\"", "\"sku\":\"" + "x".repeat(70_000) + "\"")), 413,
                "exceeds");

        assertThat(store.find(InboundMessageDocument.class, "GENERIC:" + eventId)).isEmpty();
        signed(push("evt-bad-marker", "after_sale.created", afterSale("G-BAD-MARK", "WAITING_MERCHANT", ""), ""));
        refundEvents.awaitOne(RefundRequested.class, "G-BAD-MARK");
        assertThat(refundEvents.about(RefundRequested.class, "G-BAD")).isEmpty();
    }

    @Test
    void aBuyerWritingHerPhoneNumberAndAddressNeverPutsThemInTheLogs(CapturedOutput output) {
        String phone = "13812345678";
        String message = ",\"message\":{\"messageId\":\"m-1\",\"from\":\"BUYER\",\"text\":\"没收到货，打我电话" + phone
                + "，地址上海市浦东新区世纪大道100号\",\"photos\":[],\"at\":\"2026-12-01T09:00:00Z\"}";
        String merchantMessage = message.replace("\"BUYER\"", "\"MERCHANT\"").replace("m-1", "m-2");
        String afterSale = afterSale("G-PII", "WAITING_MERCHANT", ",\"returnAddress\":{\"detail\":\"上海市浦东新区世纪大道100号 "
                + phone + "\"}");

        assertThat(signed(push("evt-pii-1", "after_sale.buyer_message", afterSale, message)).getStatusCode().value())
                .isEqualTo(200);
        assertThat(signed(push("evt-pii-2", "after_sale.buyer_message", afterSale, merchantMessage)).getStatusCode()
                .value()).isEqualTo(200);
        assertThat(signed(push("evt-pii-3", "after_sale.created", afterSale.replace("\"sku\":\"CUP-1\"",
                "\"sku\":" + phone), "")).getStatusCode().value()).isEqualTo(400);

        BuyerReplied replied = refundEvents.awaitOne(BuyerReplied.class, "G-PII");
        assertThat(replied.intent()).isEqualTo(BuyerIntent.NOT_RECEIVED);
        assertThat(output.getAll()).doesNotContain(phone).doesNotContain("世纪大道100号");
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
