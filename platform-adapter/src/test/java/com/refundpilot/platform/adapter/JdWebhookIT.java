package com.refundpilot.platform.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.refundpilot.contracts.events.BuyerReplied;
import com.refundpilot.contracts.events.RefundRequested;
import com.refundpilot.contracts.topics.Topics;
import com.refundpilot.contracts.vocabulary.BuyerIntent;
import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.contracts.vocabulary.RefundReason;
import com.refundpilot.contracts.vocabulary.RefundType;
import com.refundpilot.kit.outbox.AggregateStore;
import com.refundpilot.kit.testsupport.EmbeddedMongo;
import com.refundpilot.platform.PlatformAdapterApplication;
import com.refundpilot.platform.adapter.out.mongo.InboundMessageDocument;
import com.refundpilot.platform.domain.jd.JdSignature;
import com.refundpilot.platform.domain.jd.JdWire;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * JD's message batches through the real web layer, a real KRaft broker and the REAL sandbox's JOS API (the bill is
 * read for each message; the sandbox's own pushes go nowhere, this test posts every batch itself): a signed batch
 * becomes its canonical event once, a replay is a duplicate, and every forged, stale, malformed, incomplete or
 * oversized batch is a 4xx problem+json naming the field, with nothing stored and nothing published. Logs never
 * show a full phone number, even when buyers write one.
 */
@SpringBootTest(classes = PlatformAdapterApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedKafka(partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@ExtendWith(OutputCaptureExtension.class)
class JdWebhookIT {

    private static final JdSandbox SANDBOX = new JdSandbox();
    private static final JdSignature SANDBOX_KEYS = new JdSignature("sandbox-app", "sandbox-secret",
            Duration.ofMinutes(5));
    /** A mainland mobile number standing alone (not inside a longer digit run such as a timestamp). */
    private static final Pattern FULL_PHONE = Pattern.compile("(?<!\\d)1[3-9]\\d{9}(?!\\d)");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> EmbeddedMongo.freshUri("platform-jd-webhook"));
        registry.add("refundpilot.platforms.jd.base-url", SANDBOX::baseUrl);
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
        SANDBOX.startSilent();
        refundEvents = new PublishedMessages(broker.getBrokersAsString(), Topics.PLATFORM_REFUND_EVENTS);
    }

    @AfterEach
    void close() {
        refundEvents.close();
    }

    @AfterAll
    static void stopSandbox() {
        SANDBOX.stop();
    }

    /** A bill on the sandbox (its own push went nowhere). */
    private static void buyerOpens(String serviceId, String type) {
        SANDBOX.control("/refunds", Map.ofEntries(Map.entry("shopId", "shop-1"),
                Map.entry("orderId", "T-" + serviceId), Map.entry("refundId", serviceId), Map.entry("type", type),
                Map.entry("reason", "质量问题"), Map.entry("amountFen", 19900), Map.entry("quantity", 1),
                Map.entry("orderPaidFen", 39800), Map.entry("orderQuantity", 2), Map.entry("sku", "CUP-1"),
                Map.entry("deadlineIn", "PT48H")));
    }

    static String content(String serviceId, String extra) {
        return "{\"serviceId\":\"" + serviceId + "\",\"orderId\":\"T-" + serviceId + "\",\"venderId\":\"shop-1\","
                + "\"customerExpect\":10,\"afsServiceStep\":22,\"sysVersion\":1" + extra + "}";
    }

    static String message(String msgId, String topic, String content) {
        return "{\"msgId\":\"" + msgId + "\",\"topic\":\"" + topic + "\",\"venderId\":\"shop-1\","
                + "\"pubTime\":\"2026-12-01 16:00:00\",\"content\":" + JSON.writeValueAsString(content) + "}";
    }

    static String batch(String... messages) {
        return "{\"messages\":[" + String.join(",", messages) + "]}";
    }

    private ResponseEntity<String> post(byte[] body, String appKey, String timestamp, String sign) {
        RestClient.RequestBodySpec request = RestClient.create("http://localhost:" + port).post()
                .uri("/webhooks/jd").contentType(MediaType.APPLICATION_JSON);
        if (appKey != null) {
            request = request.header(JdSignature.APP_KEY_HEADER, appKey);
        }
        if (timestamp != null) {
            request = request.header(JdSignature.TIMESTAMP_HEADER, timestamp);
        }
        if (sign != null) {
            request = request.header(JdSignature.SIGN_HEADER, sign);
        }
        return request.body(body).exchange((req, response) -> ResponseEntity.status(response.getStatusCode())
                .headers(response.getHeaders())
                .body(new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8)));
    }

    private ResponseEntity<String> signed(String body, JdSignature keys, String timestamp) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return post(bytes, "sandbox-app", timestamp, keys.signPush(timestamp, bytes));
    }

    private ResponseEntity<String> signed(String body) {
        return signed(body, SANDBOX_KEYS, now());
    }

    private String now() {
        return JdWire.time(clock.instant());
    }

    @Test
    void aSignedBatchBecomesOneRefundRequestedAndItsReplayIsADuplicate() {
        buyerOpens("J-1", "RETURN_AND_REFUND");
        String body = batch(message("jd-created-1", "jos_afs_service_create", content("J-1", "")));

        ResponseEntity<String> first = signed(body);
        ResponseEntity<String> replay = signed(body);

        assertThat(first.getStatusCode().value()).isEqualTo(200);
        assertThat(first.getBody()).contains("\"accepted\":1").contains("\"duplicates\":0");
        assertThat(replay.getStatusCode().value()).isEqualTo(200);
        assertThat(replay.getBody()).contains("\"accepted\":0").contains("\"duplicates\":1");
        RefundRequested requested = refundEvents.awaitOne(RefundRequested.class, "J-1");
        assertThat(requested.order().platform()).isEqualTo(Platform.JD);
        assertThat(requested.order().shopId()).isEqualTo("shop-1");
        assertThat(requested.order().orderId()).isEqualTo("T-J-1");
        assertThat(requested.type()).isEqualTo(RefundType.RETURN_AND_REFUND);
        assertThat(requested.reason()).isEqualTo(RefundReason.QUALITY);
        assertThat(requested.amountFen()).isEqualTo(19900);
        assertThat(requested.orderPaidFen()).isEqualTo(39800);
        assertThat(requested.orderQuantity()).isEqualTo(2);
        assertThat(Duration.between(requested.requestedAt(), requested.deadline())).isEqualTo(Duration.ofHours(48));
        assertThat(requested.capabilities()).hasSize(12);
        assertThat(store.find(InboundMessageDocument.class, "JD:jd-created-1")).isPresent();
        // A batch of a replay and a new message: the new one is taken, the other is a duplicate
        buyerOpens("J-1-MARK", "RETURN_AND_REFUND");
        ResponseEntity<String> mixed = signed(batch(message("jd-created-1", "jos_afs_service_create",
                content("J-1", "")), message("jd-marker-1", "jos_afs_service_create", content("J-1-MARK", ""))));
        assertThat(mixed.getBody()).contains("\"accepted\":1").contains("\"duplicates\":1");
        refundEvents.awaitOne(RefundRequested.class, "J-1-MARK");
        assertThat(refundEvents.about(RefundRequested.class, "J-1")).hasSize(1);
    }

    @Test
    void forgedStaleMalformedIncompleteOrOversizedBatchesAreRefusedStoreNothingAndPublishNothing() {
        buyerOpens("J-BAD", "RETURN_AND_REFUND");
        String msgId = "jd-bad-" + UUID.randomUUID();
        String valid = batch(message(msgId, "jos_afs_service_create", content("J-BAD", "")));
        byte[] bytes = valid.getBytes(StandardCharsets.UTF_8);
        String ts = now();

        assertProblem(post(bytes, "sandbox-app", ts, "00FF00FF00FF00FF00FF00FF00FF00FF"), 401, JdSignature.SIGN_HEADER);
        assertProblem(signed(valid, new JdSignature("sandbox-app", "wrong-secret", Duration.ofMinutes(5)), ts), 401,
                JdSignature.SIGN_HEADER);
        assertProblem(post(bytes, "someone-else", ts, SANDBOX_KEYS.signPush(ts, bytes)), 401,
                JdSignature.APP_KEY_HEADER);
        assertProblem(post(bytes, null, ts, SANDBOX_KEYS.signPush(ts, bytes)), 401, JdSignature.APP_KEY_HEADER);
        assertProblem(post(bytes, "sandbox-app", ts, null), 401, JdSignature.SIGN_HEADER);
        assertProblem(post(bytes, "sandbox-app", null, SANDBOX_KEYS.signPush(ts, bytes)), 401,
                JdSignature.TIMESTAMP_HEADER);
        assertProblem(post(bytes, "sandbox-app", "1764576000000", SANDBOX_KEYS.signPush("1764576000000", bytes)), 401,
                JdSignature.TIMESTAMP_HEADER);
        assertProblem(signed(valid, SANDBOX_KEYS, JdWire.time(clock.instant().minus(Duration.ofMinutes(6)))), 401,
                JdSignature.TIMESTAMP_HEADER);
        // Signed with a different body: the bytes received are not the bytes signed.
        assertProblem(post(valid.replace("J-BAD", "J-BAX").getBytes(StandardCharsets.UTF_8), "sandbox-app", ts,
                SANDBOX_KEYS.signPush(ts, bytes)), 401, JdSignature.SIGN_HEADER);
        assertProblem(signed("{not json"), 400, "\"field\":\"body\"");
        assertProblem(signed("{\"messages\":[]}"), 400, "\"field\":\"messages\"");
        assertProblem(signed(batch(java.util.Collections.nCopies(21, message(msgId, "jos_afs_service_create",
                content("J-BAD", ""))).toArray(String[]::new))), 400, "\"field\":\"messages\"");
        assertProblem(signed(valid.replace("\"msgId\":\"" + msgId + "\",", "")), 400, "\"field\":\"messages[0].msgId\"");
        assertProblem(signed(batch(message(msgId, "jos_afs_service_create", "{\"orderId\":\"T\"}"))), 400,
                "\"field\":\"messages[0].content.serviceId\"");
        assertProblem(signed(batch(message(msgId, "jos_afs_service_create", "not json"))), 400,
                "\"field\":\"messages[0].content\"");
        assertProblem(signed(batch(message(msgId, "jos_complaint_create", "{\"serviceId\":\"J-BAD\"}"))), 400,
                "\"field\":\"messages[0].content.complaintId\"");
        assertProblem(signed(batch(message(msgId, "jos_afs_refund_success", content("J-BAD", ",\"refundSum\":\"1.001\"")))),
                400, "\"field\":\"messages[0].content.refundSum\"");
        // One bad message refuses the whole batch: the good one before it is not stored either
        assertProblem(signed(batch(message(msgId, "jos_afs_service_create", content("J-BAD", "")),
                message("jd-bad-2", "jos_afs_service_create", content("J-BAD", ",\"sysVersion\":-1")))), 400,
                "\"field\":\"messages[1].content.sysVersion\"");
        assertProblem(signed(batch(message(msgId, "jos_afs_service_create", content("J-BAD",
                ",\"pad\":\"" + "x".repeat(70_000) + "\"")))), 413, "exceeds");

        assertThat(store.find(InboundMessageDocument.class, "JD:" + msgId)).isEmpty();
        assertThat(store.find(InboundMessageDocument.class, "JD:jd-bad-2")).isEmpty();
        buyerOpens("J-BAD-MARK", "RETURN_AND_REFUND");
        signed(batch(message("jd-bad-marker", "jos_afs_service_create", content("J-BAD-MARK", ""))));
        refundEvents.awaitOne(RefundRequested.class, "J-BAD-MARK");
        assertThat(refundEvents.about(RefundRequested.class, "J-BAD")).isEmpty();
    }

    @Test
    void aBuyerWritingHerPhoneNumberAndAddressNeverPutsThemInTheLogs(CapturedOutput output) {
        String phone = "13812345678";
        buyerOpens("J-PII", "REFUND_ONLY");
        Map<?, ?> written = SANDBOX.control("/refunds/J-PII/buyer-messages", Map.of("text",
                "没收到货，打我电话" + phone + "，地址上海市浦东新区世纪大道100号"));
        List<?> chat = (List<?>) written.get("chat");
        Object messageId = ((Map<?, ?>) chat.get(chat.size() - 1)).get("id");

        assertThat(signed(batch(message("jd-pii-1", "jos_afs_track_message",
                content("J-PII", ",\"afsMessageId\":" + messageId)))).getStatusCode().value()).isEqualTo(200);
        assertThat(signed(batch(message("jd-pii-2", "jos_afs_service_create",
                content("J-PII", ",\"refundSum\":\"" + phone + ".123\"")))).getStatusCode().value()).isEqualTo(400);
        assertThat(signed(batch(message("jd-pii-3", "jos_afs_service_create",
                content("J-PII", ",\"sysVersion\":\"" + phone + "\"")))).getStatusCode().value()).isEqualTo(400);

        BuyerReplied replied = refundEvents.awaitOne(BuyerReplied.class, "J-PII");
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
