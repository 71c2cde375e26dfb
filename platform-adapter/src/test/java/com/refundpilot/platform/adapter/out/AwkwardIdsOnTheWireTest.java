package com.refundpilot.platform.adapter.out;

import static org.assertj.core.api.Assertions.assertThat;

import com.refundpilot.contracts.vocabulary.PlatformAction;
import com.refundpilot.kit.http.PeerGuards;
import com.refundpilot.platform.adapter.out.douyin.DouyinClient;
import com.refundpilot.platform.adapter.out.generic.GenericClient;
import com.refundpilot.platform.config.DouyinProperties;
import com.refundpilot.platform.config.GenericProperties;
import com.sun.net.httpserver.HttpServer;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriUtils;

/**
 * An ID is sent as exactly that ID: a tiny local platform records each request's raw path and query, and every
 * awkward ID (a {@code %}-escape, a space, Chinese, a {@code /}, braces, {@code +} and {@code &}) decodes back to itself
 * from one path segment or one query value: encoded once, never twice, never split.
 */
class AwkwardIdsOnTheWireTest {

    private static final List<String> AWKWARD = List.of("R%20already-escaped", "R 1", "售后-1", "R/1", "R{1}",
            "R+1&x=2");

    private final List<String> raw = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private PeerGuards guards;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String query = exchange.getRequestURI().getRawQuery();
            raw.add(exchange.getRequestURI().getRawPath() + (query == null ? "" : "?" + query));
            exchange.getRequestBody().readAllBytes();
            String path = exchange.getRequestURI().getRawPath();
            byte[] answer = (path.endsWith("/evidence") && "GET".equals(exchange.getRequestMethod())
                    ? "{\"evidence\":[]}" : path.endsWith("/after-sales") ? "{\"afterSales\":[],\"hasNext\":false}"
                    : path.startsWith("/douyin") ? "{\"code\":10000}" : "{}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
        guards = new PeerGuards(RetryRegistry.of(RetryConfig.custom().maxAttempts(1).build()),
                CircuitBreakerRegistry.ofDefaults(), RateLimiterRegistry.ofDefaults(), TimeLimiterRegistry.ofDefaults());
    }

    @AfterEach
    void stop() {
        server.stop(0);
        guards.close();
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The raw path's segments after {@code prefix}, each decoded once. */
    private static List<String> segmentsAfter(String prefix, String rawPath) {
        assertThat(rawPath).startsWith(prefix);
        return Arrays.stream(rawPath.substring(prefix.length()).split("/"))
                .map(s -> UriUtils.decode(s, StandardCharsets.UTF_8)).toList();
    }

    /** The raw query's values, each decoded once (a '+' left as sent is a space to a form decoder: it must not be). */
    private static Map<String, String> query(String rawRequest) {
        String q = rawRequest.substring(rawRequest.indexOf('?') + 1);
        return Arrays.stream(q.split("&")).map(p -> p.split("=", 2)).collect(Collectors.toMap(p -> p[0],
                p -> java.net.URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
    }

    @Test
    void theGenericClientSendsEachIdAsOnePathSegmentAndEachQueryValueWhole() {
        var properties = new GenericProperties(base(), "app", "secret", Duration.ofMinutes(5), 65536,
                Duration.ofHours(72), Duration.ofSeconds(2), Set.of(PlatformAction.AGREE_REFUND));
        var generic = new GenericClient(RestClient.builder(), properties, Clock.systemUTC(), guards);

        for (String id : AWKWARD) {
            raw.clear();
            assertThat(generic.act("/after-sales/{id}/agree", id, "key-1", Map.of("amountFen", 1), id).succeeded())
                    .isTrue();
            generic.evidence("complaints", id);
            generic.listAfterSales(id, Instant.parse("2026-11-11T00:00:00Z"), Instant.parse("2026-11-11T01:00:00Z"),
                    1, 50);

            assertThat(segmentsAfter("/generic/v1/after-sales/", raw.get(0))).as(raw.get(0)).containsExactly(id, "agree");
            assertThat(segmentsAfter("/generic/v1/complaints/", raw.get(1))).as(raw.get(1))
                    .containsExactly(id, "evidence");
            assertThat(query(raw.get(2))).as(raw.get(2)).containsEntry("shopId", id)
                    .containsEntry("updatedFrom", "2026-11-11T00:00:00Z").containsEntry("pageSize", "50");
        }
    }

    @Test
    void theDouyinClientSendsTheShopsTokenAsOneWholeQueryValue() {
        var properties = new DouyinProperties(base() + "/douyin", "app", "secret", 131072, Duration.ofHours(72),
                Duration.ofSeconds(2), Set.of(), Set.of());
        var douyin = new DouyinClient(RestClient.builder(), properties, Clock.systemUTC(), guards);

        for (String shop : AWKWARD) {
            raw.clear();
            assertThat(douyin.act(shop, "afterSale/operate", "A1", Map.of("type", 201)).succeeded()).isTrue();

            assertThat(raw.get(0)).startsWith("/douyin/afterSale/operate?");
            assertThat(query(raw.get(0))).as(raw.get(0)).containsEntry("access_token", shop)
                    .containsEntry("method", "afterSale.operate").containsEntry("app_key", "app");
        }
    }
}
