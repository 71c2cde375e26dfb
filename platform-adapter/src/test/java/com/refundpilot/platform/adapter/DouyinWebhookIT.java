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
import com.refundpilot.platform.domain.douyin.DouyinEventSignature;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
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
 * Douyin's pushes through the real web layer and a real KRaft broker, the platform's reads answered by a stub: a
 * signed batch becomes its canonical events once per msg_id (a replay — there is no signed timestamp to expire — is a
 * duplicate, answered success as the platform requires); every forged, wrongly keyed, malformed, incomplete or
 * oversized push is a 4xx problem+json naming the field with nothing stored and nothing published; in a batch with one
 * bad message the good ones are kept and the bad one is named by its index. Logs never show a full phone number.
 */
@SpringBootTest(classes = PlatformAdapterApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedKafka(partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@ExtendWith(OutputCaptureExtension.class)
class DouyinWebhookIT {

    private static final DouyinEventSignature SANDBOX_KEYS = new DouyinEventSignature("sandbox-app", "sandbox-secret");
    private static final Pattern FULL_PHONE = Pattern.compile("(?<!\\d)1[3-9]\\d{9}(?!\\d)");
    private static final String PHONE = "13812345678";
    private static final HttpServer PLATFORM = stubPlatform();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> EmbeddedMongo.freshUri("platform-douyin"));
        registry.add("refundpilot.platforms.douyin.base-url",
                () -> "http://127.0.0.1:" + PLATFORM.getAddress().getPort() + "/douyin");
    }

    @Autowired
    EmbeddedKafkaBroker broker;
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

    @AfterAll
    static void stopPlatform() {
        PLATFORM.stop(0);
    }

    /**
     * The platform's side of the reads: every after-sale waits on the merchant (status 6, refund only), and the chat
     * holds the buyer's line with her phone number and address (message 7) and the merchant's (message 8).
     */
    private static HttpServer stubPlatform() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/douyin/", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                Matcher id = Pattern.compile("\"(?:after_sale_id|aftersale_id)\":\"([^\"]+)\"").matcher(body);
                String afterSaleId = id.find() ? id.group(1) : "?";
                String data = exchange.getRequestURI().getPath().endsWith("messageList")
                        ? "{\"messages\":[{\"message_id\":\"7\",\"role\":1,\"content\":\"没收到货，打我电话" + PHONE
                                + "，地址上海市浦东新区世纪大道100号\",\"images\":[],\"create_time\":1764583200},"
                                + "{\"message_id\":\"8\",\"role\":2,\"content\":\"亲，请留电话" + PHONE + "\","
                                + "\"images\":[],\"create_time\":1764583260}]}"
                        : "{\"process_info\":{\"after_sale_info\":{\"after_sale_id\":\"" + afterSaleId + "\","
                                + "\"after_sale_status\":6,\"after_sale_type\":1,\"refund_total_amount\":19900,"
                                + "\"apply_time\":1764576000,\"update_time\":1764576000,\"status_deadline\":1764748800,"
                                + "\"reason\":\"质量问题\",\"after_sale_apply_count\":1}},\"order_info\":"
                                + "{\"shop_order_id\":\"P-" + afterSaleId + "\",\"sku_order_infos\":[{\"pay_amount\":"
                                + "39800,\"item_quantity\":2,\"shop_sku_code\":\"CUP-1\"}]}}";
                byte[] answer = ("{\"code\":10000,\"msg\":\"success\",\"sub_code\":\"\",\"sub_msg\":\"\",\"data\":"
                        + data + "}").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, answer.length);
                exchange.getResponseBody().write(answer);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One message of a batch; {@code data} is the object's JSON, sent as a JSON string. */
    static String message(String tag, String msgId, String data) {
        String escaped = data.replace("\\", "\\\\").replace("\"", "\\\"");
        return "{\"tag\":\"" + tag + "\",\"msg_id\":\"" + msgId + "\",\"data\":\"" + escaped + "\"}";
    }

    static String created(String msgId, String afterSaleId) {
        return message("200", msgId, "{\"p_id\":\"P-" + afterSaleId + "\",\"shop_id\":\"shop-d\",\"aftersale_id\":\""
                + afterSaleId + "\",\"aftersale_status\":6,\"aftersale_type\":1,\"refund_amount\":19900}");
    }

    static String batch(String... messages) {
        return "[" + String.join(",", messages) + "]";
    }

    private ResponseEntity<String> post(byte[] body, String appId, String sign) {
        RestClient.RequestBodySpec request = RestClient.create("http://localhost:" + port).post()
                .uri("/webhooks/douyin").contentType(MediaType.APPLICATION_JSON);
        if (appId != null) {
            request = request.header(DouyinEventSignature.APP_ID_HEADER, appId);
        }
        if (sign != null) {
            request = request.header(DouyinEventSignature.SIGN_HEADER, sign);
        }
        return request.body(body).exchange((req, response) -> ResponseEntity.status(response.getStatusCode())
                .headers(response.getHeaders())
                .body(new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8)));
    }

    private ResponseEntity<String> signed(String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return post(bytes, "sandbox-app", SANDBOX_KEYS.sign(bytes));
    }

    private boolean stored(String msgId) {
        return store.find(InboundMessageDocument.class, "DOUYIN:" + msgId).isPresent();
    }

    @Test
    void aSignedBatchBecomesOneRefundRequestedAndItsReplayIsADuplicateAnsweredSuccess() {
        String body = batch(created("dy-created-1", "D-1"));

        ResponseEntity<String> first = signed(body);
        ResponseEntity<String> replay = signed(body);

        assertThat(first.getStatusCode().value()).isEqualTo(200);
        assertThat(first.getBody()).isEqualToIgnoringWhitespace("{\"code\":0,\"msg\":\"success\"}");
        assertThat(replay.getStatusCode().value()).isEqualTo(200);
        assertThat(replay.getBody()).isEqualToIgnoringWhitespace("{\"code\":0,\"msg\":\"success\"}");
        RefundRequested requested = refundEvents.awaitOne(RefundRequested.class, "D-1");
        assertThat(requested.order().platform()).isEqualTo(Platform.DOUYIN);
        assertThat(requested.order().shopId()).isEqualTo("shop-d");
        assertThat(requested.order().orderId()).isEqualTo("P-D-1");
        assertThat(requested.amountFen()).isEqualTo(19900);
        assertThat(requested.orderPaidFen()).isEqualTo(39800);
        assertThat(requested.platformVersion()).isEqualTo(1764576000L);
        assertThat(requested.capabilities()).isNotEmpty();
        assertThat(stored("dy-created-1")).isTrue();
        signed(batch(created("dy-marker-1", "D-1-MARK")));
        refundEvents.awaitOne(RefundRequested.class, "D-1-MARK");
        assertThat(refundEvents.about(RefundRequested.class, "D-1")).hasSize(1);
    }

    @Test
    void inABatchWithOneBadMessageTheGoodOnesAreKeptAndTheBadOneIsNamedByItsIndex() {
        String bad = message("200", "dy-bad-in-batch", "{\"shop_id\":\"shop-d\",\"aftersale_status\":6}");
        String body = batch(created("dy-good-in-batch", "D-2"), bad);

        ResponseEntity<String> answer = signed(body);
        ResponseEntity<String> redelivered = signed(body);

        assertProblem(answer, 400, "\"field\":\"[1].data.aftersale_id\"");
        assertProblem(redelivered, 400, "\"field\":\"[1].data.aftersale_id\"");
        refundEvents.awaitOne(RefundRequested.class, "D-2");
        assertThat(stored("dy-good-in-batch")).isTrue();
        assertThat(stored("dy-bad-in-batch")).isFalse();
        signed(batch(created("dy-marker-2", "D-2-MARK")));
        refundEvents.awaitOne(RefundRequested.class, "D-2-MARK");
        assertThat(refundEvents.about(RefundRequested.class, "D-2")).hasSize(1);
    }

    @Test
    void forgedWronglyKeyedMalformedIncompleteOrOversizedPushesAreRefusedStoreNothingAndPublishNothing() {
        String msgId = "dy-bad-" + UUID.randomUUID();
        String valid = batch(created(msgId, "D-BAD"));
        byte[] bytes = valid.getBytes(StandardCharsets.UTF_8);

        assertProblem(post(bytes, "sandbox-app", "00ff"), 401, DouyinEventSignature.SIGN_HEADER);
        assertProblem(post(bytes, "sandbox-app", new DouyinEventSignature("sandbox-app", "wrong-secret").sign(bytes)),
                401, DouyinEventSignature.SIGN_HEADER);
        assertProblem(post(bytes, "someone-else", SANDBOX_KEYS.sign(bytes)), 401, DouyinEventSignature.APP_ID_HEADER);
        assertProblem(post(bytes, null, SANDBOX_KEYS.sign(bytes)), 401, DouyinEventSignature.APP_ID_HEADER);
        assertProblem(post(bytes, "sandbox-app", null), 401, DouyinEventSignature.SIGN_HEADER);
        // Signed for other bytes: what arrived is not what was signed.
        assertProblem(post(valid.replace("19900", "99900").getBytes(StandardCharsets.UTF_8), "sandbox-app",
                SANDBOX_KEYS.sign(bytes)), 401, DouyinEventSignature.SIGN_HEADER);
        assertProblem(signed("[{not json"), 400, "\"field\":\"body\"");
        assertProblem(signed(created(msgId, "D-BAD")), 400, "\"field\":\"body\""); // one object, not a batch
        assertProblem(signed(valid.replace("\"msg_id\":\"" + msgId + "\",", "")), 400, "\"field\":\"[0].msg_id\"");
        assertProblem(signed(batch("{\"tag\":\"200\",\"msg_id\":\"" + msgId + "\",\"data\":{\"aftersale_id\":\"D-BAD\"}}")),
                400, "\"field\":\"[0].data\"");
        assertProblem(signed(valid.replace("\\\"aftersale_id\\\":\\\"D-BAD\\\",", "")), 400,
                "\"field\":\"[0].data.aftersale_id\"");
        assertProblem(signed(valid.replace("\\\"shop_id\\\":\\\"shop-d\\\",", "")), 400,
                "\"field\":\"[0].data.shop_id\"");
        assertProblem(signed(valid.replace("19900", "-5")), 400, "\"field\":\"[0].data.refund_amount\"");
        assertProblem(signed(valid.replace("\"tag\":\"200\"", "\"tag\":\"two hundred\"")), 400, "\"field\":\"[0].tag\"");
        assertProblem(signed(batch(created(msgId, "D-BAD"), "{\"pad\":\"" + "x".repeat(140_000) + "\"}")), 413,
                "exceeds");

        assertThat(stored(msgId)).isFalse();
        signed(batch(created("dy-bad-marker", "D-BAD-MARK")));
        refundEvents.awaitOne(RefundRequested.class, "D-BAD-MARK");
        assertThat(refundEvents.about(RefundRequested.class, "D-BAD")).isEmpty();
    }

    @Test
    void aBuyerWritingHerPhoneNumberAndAddressNeverPutsThemInTheLogs(CapturedOutput output) {
        String buyers = message("9001", "dy-pii-1", "{\"shop_id\":\"shop-d\",\"aftersale_id\":\"D-PII\",\"message_id\":7}");
        String merchants = message("9001", "dy-pii-2", "{\"shop_id\":\"shop-d\",\"aftersale_id\":\"D-PII\","
                + "\"message_id\":8}");
        String malformed = message("200", "dy-pii-3", "{\"shop_id\":\"shop-d\",\"aftersale_id\":\"D-PII\","
                + "\"refund_amount\":\"" + PHONE + "x\"}");

        assertThat(signed(batch(buyers, merchants)).getStatusCode().value()).isEqualTo(200);
        assertThat(signed(batch(malformed)).getStatusCode().value()).isEqualTo(400);

        BuyerReplied replied = refundEvents.awaitOne(BuyerReplied.class, "D-PII");
        assertThat(replied.intent()).isEqualTo(BuyerIntent.NOT_RECEIVED);
        assertThat(refundEvents.about(BuyerReplied.class, "D-PII")).hasSize(1); // the merchant's line is dropped
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
