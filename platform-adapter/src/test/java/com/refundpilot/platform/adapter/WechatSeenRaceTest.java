package com.refundpilot.platform.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.refundpilot.contracts.codec.EnvelopeCodec;
import com.refundpilot.kit.http.PeerGuards;
import com.refundpilot.kit.outbox.AggregateStore;
import com.refundpilot.kit.outbox.Outgoing;
import com.refundpilot.kit.outbox.OutboxRelay;
import com.refundpilot.kit.testsupport.EmbeddedMongo;
import com.refundpilot.kit.time.VirtualClock;
import com.refundpilot.platform.adapter.out.mongo.InboundMessageDocument;
import com.refundpilot.platform.adapter.out.wechat.MongoWechatSeenBook;
import com.refundpilot.platform.adapter.out.wechat.WechatClient;
import com.refundpilot.platform.application.webhook.InboundMessages;
import com.refundpilot.platform.application.webhook.RawPush;
import com.refundpilot.platform.application.webhook.SeenClaims;
import com.refundpilot.platform.application.webhook.WechatChannelsWebhook;
import com.refundpilot.platform.config.WechatChannelsProperties;
import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.platform.domain.wechat.SeenEntry;
import com.refundpilot.platform.domain.wechat.WechatComplaintSeen;
import com.refundpilot.platform.domain.wechat.WechatCrypto;
import com.refundpilot.platform.domain.wechat.WechatSeen;
import com.refundpilot.platform.domain.wechat.WechatSeenBook;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.web.client.RestClient;

/**
 * Two adapter instances (two webhook components, each with its own seen book) over ONE Mongo-wire store, racing on
 * one after-sale: both read what was seen before either replaces it (a barrier holds them), both compare, exactly
 * one replacement wins and the other compares again — each change is told once. And a claim whose message was never
 * stored (a crash in between) is told again once it is old, never lost.
 */
class WechatSeenRaceTest {

    private static final Instant T0 = Instant.parse("2026-11-11T02:00:00Z");
    private static final String KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
    private static final WechatCrypto PLATFORM = new WechatCrypto("sandbox-token", KEY, "wxsandbox0000001");

    private final WechatStubApi api = new WechatStubApi();
    private final VirtualClock clock = new VirtualClock(T0);
    private final ExecutorService instances = Executors.newFixedThreadPool(2);
    private MongoClient client;
    private MongoTemplate mongo;
    private AggregateStore store;
    private PeerGuards guards;
    private WechatChannelsProperties properties;

    @BeforeEach
    void setUp() {
        String uri = EmbeddedMongo.freshUri("wechat-race");
        client = MongoClients.create(uri);
        mongo = new MongoTemplate(client, uri.substring(uri.lastIndexOf('/') + 1));
        store = new AggregateStore(mongo, new OutboxRelay(mongo, null, new SimpleMeterRegistry()));
        properties = new WechatChannelsProperties(api.baseUrl(), "wxsandbox0000001", "sandbox-secret",
                "sandbox-token", KEY, Duration.ofMinutes(5), 65536, Duration.ofHours(72), Duration.ofSeconds(10),
                Duration.ofSeconds(2), Set.of(), Set.of());
        guards = new PeerGuards(RetryRegistry.of(RetryConfig.custom().maxAttempts(1).build()),
                CircuitBreakerRegistry.ofDefaults(), RateLimiterRegistry.ofDefaults(), TimeLimiterRegistry.ofDefaults());
        api.answer("/channels/ec/aftersale/getaftersaleorder", body -> "{\"errcode\":0,\"after_sale_order\":{"
                + "\"after_sale_order_id\":\"W-RACE\",\"order_id\":\"T-W-RACE\",\"status\":\"MERCHANT_PROCESSING\","
                + "\"type\":\"REFUND\",\"reason_text\":\"不想要了\",\"product_info\":{\"count\":1},"
                + "\"refund_info\":{\"amount\":19900},\"deadline\":172800,\"create_time\":" + T0.getEpochSecond()
                + ",\"update_time\":" + T0.getEpochSecond() + "}}");
        api.answer("/channels/ec/order/get", body -> "{\"errcode\":0,\"order\":{\"order_id\":\"T-W-RACE\","
                + "\"order_detail\":{\"price_info\":{\"order_price\":19900},\"product_infos\":[{\"sku_cnt\":1}]}}}");
        api.answer("/channels/ec/aftersale/getmessagelist", body -> "{\"errcode\":0,\"message_list\":[]}");
    }

    @AfterEach
    void tearDown() throws InterruptedException {
        instances.shutdownNow();
        instances.awaitTermination(5, TimeUnit.SECONDS);
        api.stop();
        guards.close();
        client.close();
    }

    /** One adapter instance: its own components, the shared store; {@code race} holds its first read of what was seen. */
    private WechatChannelsWebhook instance(CyclicBarrier race) {
        WechatSeenBook book = new HeldFirstRead(new MongoWechatSeenBook(mongo, clock), race);
        var inbound = new InboundMessages(store, new Outgoing("platform-adapter", clock, new EnvelopeCodec()));
        return new WechatChannelsWebhook(properties, new WechatClient(RestClient.builder(), properties, clock, guards),
                book, new SeenClaims(store, clock), inbound, clock);
    }

    private RawPush callback() {
        String plaintext = "{\"ToUserName\":\"gh_shop-w\",\"FromUserName\":\"o1\",\"CreateTime\":"
                + T0.getEpochSecond() + ",\"MsgType\":\"event\",\"Event\":\"channels_ec_aftersale_update\","
                + "\"finder_shop_aftersale_status_update\":{\"status\":\"MERCHANT_PROCESSING\","
                + "\"after_sale_order_id\":\"W-RACE\",\"order_id\":\"T-W-RACE\"}}";
        String encrypt = PLATFORM.encrypt(plaintext.getBytes(StandardCharsets.UTF_8));
        String timestamp = Long.toString(clock.instant().getEpochSecond());
        byte[] body = ("{\"ToUserName\":\"gh_shop-w\",\"Encrypt\":\"" + encrypt + "\"}").getBytes(StandardCharsets.UTF_8);
        return new RawPush(body, Map.of(), Map.of("timestamp", timestamp, "nonce", "123456", "msg_signature",
                PLATFORM.msgSignature(timestamp, "123456", encrypt), "encrypt_type", "aes"));
    }

    /** The stored messages about the after-sale that published something (an event in their outbox when stored). */
    private List<InboundMessageDocument> told() {
        return mongo.findAll(InboundMessageDocument.class).stream().filter(m -> m.getDropReason() == null).toList();
    }

    @Test
    void aCallbackAndTheSweepComparingAtOnceOnTwoInstancesTellTheRequestOnce() {
        CyclicBarrier race = new CyclicBarrier(2);
        WechatChannelsWebhook first = instance(race);
        WechatChannelsWebhook second = instance(race);

        var callback = CompletableFuture.runAsync(() -> first.receive(Platform.WECHAT_CHANNELS, callback()), instances);
        var sweep = CompletableFuture.supplyAsync(() -> second.acceptListed("shop-w", "W-RACE"), instances);
        callback.join();
        sweep.join();

        assertThat(race.isBroken()).as("both read what was seen before either replaced it").isFalse();
        assertThat(told()).hasSize(1);
        assertThat(mongo.findAll(InboundMessageDocument.class)).hasSize(2);
        SeenEntry<WechatSeen> seen = new MongoWechatSeenBook(mongo, clock).afterSaleEntry("W-RACE");
        assertThat(seen.version()).as("one replacement won; the loser found nothing new to replace").isEqualTo(1);
        assertThat(seen.toldBy()).isEqualTo(told().get(0).getId());
    }

    @Test
    void theSameCallbackOnTwoInstancesAtOnceIsStoredAndToldOnce() {
        CyclicBarrier race = new CyclicBarrier(2);
        WechatChannelsWebhook first = instance(race);
        WechatChannelsWebhook second = instance(race);
        RawPush push = callback();

        var a = CompletableFuture.runAsync(() -> first.receive(Platform.WECHAT_CHANNELS, push), instances);
        var b = CompletableFuture.runAsync(() -> second.receive(Platform.WECHAT_CHANNELS, push), instances);
        a.join();
        b.join();

        assertThat(race.isBroken()).isFalse();
        assertThat(told()).singleElement().satisfies(message -> assertThat(message.getId())
                .isEqualTo("WECHAT_CHANNELS:channels_ec_aftersale_update:W-RACE:MERCHANT_PROCESSING:"
                        + T0.getEpochSecond()));
    }

    @Test
    void aClaimWhoseMessageWasNeverStoredHoldsWhileYoungAndIsToldAgainOnceAbandoned() {
        WechatSeenBook book = new MongoWechatSeenBook(mongo, clock);
        WechatSeen claimedByTheDead = new WechatSeen("W-RACE", "MERCHANT_PROCESSING", "REFUND", null, 19900, 1, null,
                "不想要了", null, null, null, false, 0, List.of(), false, false, false, null, T0.getEpochSecond());
        // an instance claimed the request, then died before storing its message
        assertThat(book.replace(claimedByTheDead, null, SeenEntry.none(), "WECHAT_CHANNELS:died-before-storing",
                clock.instant())).isTrue();
        WechatChannelsWebhook survivor = instance(new CyclicBarrier(1));

        survivor.acceptListed("shop-w", "W-RACE");
        assertThat(told()).as("young: its teller may be storing it right now").isEmpty();

        clock.advance(Duration.ofMinutes(3));
        api.answer("/channels/ec/aftersale/getaftersaleorder", body -> "{\"errcode\":0,\"after_sale_order\":{"
                + "\"after_sale_order_id\":\"W-RACE\",\"order_id\":\"T-W-RACE\",\"status\":\"MERCHANT_PROCESSING\","
                + "\"type\":\"REFUND\",\"reason_text\":\"不想要了\",\"product_info\":{\"count\":1},"
                + "\"refund_info\":{\"amount\":19900},\"deadline\":171900,\"create_time\":" + T0.getEpochSecond()
                + ",\"update_time\":" + T0.getEpochSecond() + "}}");
        survivor.receive(Platform.WECHAT_CHANNELS, callback());

        assertThat(told()).as("abandoned: compared from the state before the claim").hasSize(1);
        assertThat(book.afterSaleEntry("W-RACE").toldBy()).isEqualTo(told().get(0).getId());
    }

    /** A seen book whose first read on each thread waits for the other instance's first read. */
    private static final class HeldFirstRead implements WechatSeenBook {

        private final WechatSeenBook store;
        private final CyclicBarrier race;
        private final ThreadLocal<Boolean> held = ThreadLocal.withInitial(() -> false);

        HeldFirstRead(WechatSeenBook store, CyclicBarrier race) {
            this.store = store;
            this.race = race;
        }

        @Override
        public SeenEntry<WechatSeen> afterSaleEntry(String afterSaleId) {
            SeenEntry<WechatSeen> entry = store.afterSaleEntry(afterSaleId);
            if (!held.get()) {
                held.set(true);
                try {
                    race.await(10, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new IllegalStateException("the other instance never read", e);
                }
            }
            return entry;
        }

        @Override
        public boolean replace(WechatSeen next, WechatSeen baseline, SeenEntry<WechatSeen> from, String toldBy,
                Instant at) {
            return store.replace(next, baseline, from, toldBy, at);
        }

        @Override
        public SeenEntry<WechatComplaintSeen> complaintEntry(String complaintId) {
            return store.complaintEntry(complaintId);
        }

        @Override
        public boolean replace(WechatComplaintSeen next, WechatComplaintSeen baseline,
                SeenEntry<WechatComplaintSeen> from, String toldBy, Instant at) {
            return store.replace(next, baseline, from, toldBy, at);
        }
    }
}
