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
import com.refundpilot.platform.domain.wechat.WechatCrypto;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
import org.springframework.web.util.UriComponentsBuilder;

/**
 * WeChat's secure-mode pushes through the real web layer and a real KRaft broker, the detail read from a stub API:
 * a valid push becomes its canonical event once and its replay is a duplicate; a forged signature, a wrong token,
 * another key's or app's ciphertext, a stale signed timestamp, an oversized body, malformed JSON and missing fields
 * are each a 4xx problem+json naming what was wrong, with nothing stored, fetched or published. Logs never show a
 * full phone number.
 */
@SpringBootTest(classes = PlatformAdapterApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedKafka(partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@ExtendWith(OutputCaptureExtension.class)
class WechatWebhookIT {

    private static final String KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
    private static final WechatCrypto PLATFORM = new WechatCrypto("sandbox-token", KEY, "wxsandbox0000001");
    private static final Pattern FULL_PHONE = Pattern.compile("(?<!\\d)1[3-9]\\d{9}(?!\\d)");
    private static final WechatStubApi API = new WechatStubApi();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> EmbeddedMongo.freshUri("platform-wechat"));
        registry.add("refundpilot.platforms.wechat-channels.base-url", API::baseUrl);
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
        API.answer("/channels/ec/aftersale/getaftersaleorder", body -> "{\"errcode\":0,\"errmsg\":\"ok\","
                + "\"after_sale_order\":{\"after_sale_order_id\":\"" + idIn(body) + "\",\"order_id\":\"T-" + idIn(body)
                + "\",\"status\":\"MERCHANT_PROCESSING\",\"type\":\"RETURN\",\"reason\":\"10000021\","
                + "\"reason_text\":\"质量问题\",\"product_info\":{\"sku_code\":\"CUP-1\",\"count\":1},"
                + "\"refund_info\":{\"amount\":19900},\"deadline\":172800,\"create_time\":"
                + clock.instant().getEpochSecond() + ",\"update_time\":" + clock.instant().getEpochSecond() + "}}");
        API.answer("/channels/ec/order/get", body -> "{\"errcode\":0,\"order\":{\"order_id\":\"T\",\"order_detail\":"
                + "{\"price_info\":{\"order_price\":39800},\"product_infos\":[{\"sku_cnt\":2}]}}}");
        API.answer("/channels/ec/aftersale/getmessagelist", body -> body.contains("PII")
                ? "{\"errcode\":0,\"message_list\":[{\"message_id\":\"m1\",\"sender_type\":1,\"content\":"
                        + "\"没收到货，打我电话13812345678，地址上海市浦东新区世纪大道100号\",\"media_id_list\":[],\"create_time\":1}]}"
                : "{\"errcode\":0,\"message_list\":[]}");
    }

    @AfterEach
    void close() {
        refundEvents.close();
    }

    @AfterAll
    static void stopApi() {
        API.stop();
    }

    private static String idIn(String body) {
        int at = body.indexOf("\"after_sale_order_id\":\"") + 23;
        return body.substring(at, body.indexOf('"', at));
    }

    private String event(String afterSaleId, long createTime) {
        return "{\"ToUserName\":\"gh_shop-w\",\"FromUserName\":\"o1\",\"CreateTime\":" + createTime + ",\"MsgType\":"
                + "\"event\",\"Event\":\"channels_ec_aftersale_update\",\"finder_shop_aftersale_status_update\":"
                + "{\"status\":\"MERCHANT_PROCESSING\",\"after_sale_order_id\":\"" + afterSaleId
                + "\",\"order_id\":\"T-" + afterSaleId + "\"}}";
    }

    /** One push: the envelope with {@code encrypt}, signed by {@code signer} at {@code timestamp}. */
    private ResponseEntity<String> post(String body, String timestamp, String nonce, String signature) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromUriString("http://localhost:" + port
                + "/webhooks/wechat-channels").queryParam("encrypt_type", "aes");
        if (timestamp != null) {
            uri.queryParam("timestamp", timestamp);
        }
        if (nonce != null) {
            uri.queryParam("nonce", nonce);
        }
        if (signature != null) {
            uri.queryParam("msg_signature", signature);
        }
        return RestClient.create().post().uri(uri.encode().build().toUri()).contentType(MediaType.APPLICATION_JSON)
                .body(body.getBytes(StandardCharsets.UTF_8))
                .exchange((req, response) -> ResponseEntity.status(response.getStatusCode())
                        .headers(response.getHeaders())
                        .body(new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8)));
    }

    private ResponseEntity<String> push(String plaintext, WechatCrypto crypto, WechatCrypto signer, long timestamp) {
        String encrypt = crypto.encrypt(plaintext.getBytes(StandardCharsets.UTF_8));
        String ts = Long.toString(timestamp);
        return post(envelope(encrypt), ts, "123456", signer.msgSignature(ts, "123456", encrypt));
    }

    private ResponseEntity<String> push(String plaintext) {
        return push(plaintext, PLATFORM, PLATFORM, clock.instant().getEpochSecond());
    }

    private static String envelope(String encrypt) {
        return "{\"ToUserName\":\"gh_shop-w\",\"Encrypt\":\"" + encrypt + "\"}";
    }

    @Test
    void aValidPushBecomesOneRefundRequestedAndItsReplaysAreDuplicates() {
        long now = clock.instant().getEpochSecond();
        String encrypt = PLATFORM.encrypt(event("W-1", now).getBytes(StandardCharsets.UTF_8));
        String ts = Long.toString(now);
        String signature = PLATFORM.msgSignature(ts, "777", encrypt);

        ResponseEntity<String> first = post(envelope(encrypt), ts, "777", signature);
        ResponseEntity<String> replay = post(envelope(encrypt), ts, "777", signature);
        ResponseEntity<String> redelivery = push(event("W-1", now)); // WeChat's retry: a fresh ciphertext, same event

        assertThat(first.getStatusCode().value()).isEqualTo(200);
        assertThat(first.getBody()).isEqualTo("success");
        assertThat(replay.getBody()).isEqualTo("success");
        assertThat(redelivery.getBody()).isEqualTo("success");
        RefundRequested requested = refundEvents.awaitOne(RefundRequested.class, "W-1");
        assertThat(requested.order().platform()).isEqualTo(Platform.WECHAT_CHANNELS);
        assertThat(requested.order().shopId()).isEqualTo("shop-w");
        assertThat(requested.type()).isEqualTo(RefundType.RETURN_AND_REFUND);
        assertThat(requested.amountFen()).isEqualTo(19900);
        assertThat(requested.orderPaidFen()).isEqualTo(39800);
        assertThat(requested.orderQuantity()).isEqualTo(2);
        assertThat(Duration.between(Instant.now(clock), requested.deadline()).toHours()).isBetween(47L, 48L);
        assertThat(store.find(InboundMessageDocument.class, "WECHAT_CHANNELS:channels_ec_aftersale_update:W-1:"
                + "MERCHANT_PROCESSING:" + now)).isPresent();
        assertThat(API.requestsAbout("/channels/ec/aftersale/getaftersaleorder", "W-1"))
                .as("a seen key is compared once more (it may hide a second change): no second event").isEqualTo(3);
        push(event("W-1-MARK", now));
        refundEvents.awaitOne(RefundRequested.class, "W-1-MARK");
        assertThat(refundEvents.about(RefundRequested.class, "W-1")).hasSize(1);
    }

    @Test
    void forgedStaleUndecryptableMalformedIncompleteOrOversizedPushesAreRefusedAndChangeNothing() {
        String id = "W-BAD-" + UUID.randomUUID().toString().substring(0, 8);
        long now = clock.instant().getEpochSecond();
        String valid = event(id, now);
        String encrypt = PLATFORM.encrypt(valid.getBytes(StandardCharsets.UTF_8));
        String ts = Long.toString(now);
        WechatCrypto otherToken = new WechatCrypto("not-our-token", KEY, "wxsandbox0000001");
        WechatCrypto otherKey = new WechatCrypto("sandbox-token", "ZYXWVUTSRQPONMLKJIHGFEDCBA9876543210zyxwvut",
                "wxsandbox0000001");
        WechatCrypto otherApp = new WechatCrypto("sandbox-token", KEY, "wx-another-app");

        assertProblem(post(envelope(encrypt), ts, "1", "0".repeat(40)), 401, "\"field\":\"msg_signature\"");
        assertProblem(post(envelope(encrypt), ts, "1", otherToken.msgSignature(ts, "1", encrypt)), 401,
                "\"field\":\"msg_signature\"");
        assertProblem(post(envelope(encrypt), ts, "1", null), 401, "\"field\":\"msg_signature\"");
        assertProblem(post(envelope(encrypt), null, "1", PLATFORM.msgSignature(ts, "1", encrypt)), 401,
                "\"field\":\"timestamp\"");
        assertProblem(push(valid, PLATFORM, PLATFORM, now - Duration.ofMinutes(6).toSeconds()), 401,
                "\"field\":\"timestamp\"");
        assertProblem(push(valid, otherKey, PLATFORM, now), 401, "\"field\":\"Encrypt\"");
        assertProblem(push(valid, otherApp, PLATFORM, now), 401, "\"field\":\"Encrypt\"");
        assertProblem(post("{not json", ts, "1", PLATFORM.msgSignature(ts, "1", "")), 400, "\"field\":\"body\"");
        assertProblem(post("{\"ToUserName\":\"gh_shop-w\"}", ts, "1", PLATFORM.msgSignature(ts, "1", "")), 400,
                "\"field\":\"Encrypt\"");
        assertProblem(push("{\"ToUserName\":\"gh_shop-w\",", PLATFORM, PLATFORM, now), 400, "\"field\":\"Encrypt\"");
        assertProblem(push(valid.replace("\"after_sale_order_id\":\"" + id + "\",", ""), PLATFORM, PLATFORM, now), 400,
                "\"field\":\"finder_shop_aftersale_status_update.after_sale_order_id\"");
        assertProblem(push(valid.replace("\"CreateTime\":" + now + ",", ""), PLATFORM, PLATFORM, now), 400,
                "\"field\":\"CreateTime\"");
        assertProblem(push(valid.replace("\"status\":\"MERCHANT_PROCESSING\"", "\"status\":[7]"), PLATFORM, PLATFORM, now),
                400, "\"field\":\"finder_shop_aftersale_status_update.status\"");
        assertProblem(push(valid.replace("\"o1\"", "\"" + "x".repeat(70_000) + "\""), PLATFORM, PLATFORM, now), 413,
                "exceeds");

        assertThat(store.find(InboundMessageDocument.class, "WECHAT_CHANNELS:channels_ec_aftersale_update:" + id
                + ":MERCHANT_PROCESSING:" + now)).isEmpty();
        assertThat(API.requestsAbout("/channels/ec/aftersale/getaftersaleorder", id)).as("nothing fetched").isZero();
        push(event(id + "-MARK", now));
        refundEvents.awaitOne(RefundRequested.class, id + "-MARK");
        assertThat(refundEvents.about(RefundRequested.class, id)).isEmpty();
    }

    @Test
    void aBuyerWritingHerPhoneNumberAndAddressNeverPutsThemInTheLogs(CapturedOutput output) {
        long now = clock.instant().getEpochSecond();
        assertThat(push(event("W-PII", now)).getBody()).isEqualTo("success");
        assertThat(push(event("W-PII", now).replace("\"order_id\":\"T-W-PII\"", "\"order_id\":13812345678")
                .replace("MERCHANT_PROCESSING", "MERCHANT_WAIT_RECEIPT")).getBody()).isEqualTo("success");

        BuyerReplied replied = refundEvents.awaitOne(BuyerReplied.class, "W-PII");
        assertThat(replied.intent()).isEqualTo(BuyerIntent.NOT_RECEIVED);
        assertThat(output.getAll()).doesNotContain("13812345678").doesNotContain("世纪大道100号");
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
