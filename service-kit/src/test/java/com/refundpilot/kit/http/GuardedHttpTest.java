package com.refundpilot.kit.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.RestClient;

/** Each guard ends a call without an answer as PeerUnavailable, and says whether a request was sent at all. */
class GuardedHttpTest {

    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private volatile int status = 200;
    // A slow peer holds its answer until the test ends (or 5 s): nothing here waits on a clock.
    private final CountDownLatch releaseSlow = new CountDownLatch(1);
    private volatile boolean slow;
    private PeerGuards guards;

    @BeforeEach
    void startPeer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            if (slow) {
                try {
                    releaseSlow.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopPeer() {
        releaseSlow.countDown();
        server.stop(0);
        if (guards != null) {
            guards.close();
        }
    }

    private GuardedHttp peer(RateLimiterConfig rateLimit, CircuitBreakerConfig breaker) {
        // Generous: a loaded machine must not turn a quick answer into a time-out here.
        return peer(rateLimit, breaker, Duration.ofSeconds(5));
    }

    private GuardedHttp peer(RateLimiterConfig rateLimit, CircuitBreakerConfig breaker, Duration timeLimit) {
        var retry = RetryConfig.custom().maxAttempts(2).waitDuration(Duration.ofMillis(10))
                .retryExceptions(HttpServerErrorException.class, TimeoutException.class)
                .ignoreExceptions(CallNotPermittedException.class, RequestNotPermitted.class).build();
        guards = new PeerGuards(RetryRegistry.of(retry), CircuitBreakerRegistry.of(breaker),
                RateLimiterRegistry.of(rateLimit),
                TimeLimiterRegistry.of(TimeLimiterConfig.custom().timeoutDuration(timeLimit).build()));
        return new GuardedHttp("test peer", RestClient.builder(), "http://127.0.0.1:" + server.getAddress().getPort(),
                Duration.ofSeconds(5), "peer", guards);
    }

    private GuardedHttp peer(Duration timeLimit) {
        return peer(RateLimiterConfig.custom().limitForPeriod(100).limitRefreshPeriod(Duration.ofSeconds(1)).build(),
                CircuitBreakerConfig.custom().recordExceptions(HttpServerErrorException.class, TimeoutException.class)
                        .ignoreExceptions(RequestNotPermitted.class).build(), timeLimit);
    }

    private static ResponseEntity<String> get(RestClient http) {
        return http.get().uri("/x").retrieve().toEntity(String.class);
    }

    @Test
    void a503IsRetriedThenEndsAsUnavailableAfterTheRequestWasSent() {
        status = 503;
        GuardedHttp peer = peer(Duration.ofSeconds(5));

        assertThatThrownBy(() -> peer.call(GuardedHttpTest::get))
                .isInstanceOfSatisfying(GuardedHttp.PeerUnavailable.class, e -> {
                    assertThat(e.requestSent()).isTrue();
                    assertThat(e.mayHaveActed()).as("every request answered with a server error").isFalse();
                    assertThat(e.getMessage()).contains("answered 503");
                });
        assertThat(requests).hasValue(2);
    }

    @Test
    void aSlowAnswerIsCutByTheTimeLimiterAndRetried() {
        slow = true;
        GuardedHttp peer = peer(Duration.ofMillis(200));

        assertThatThrownBy(() -> peer.call(GuardedHttpTest::get))
                .isInstanceOfSatisfying(GuardedHttp.PeerUnavailable.class, e -> {
                    assertThat(e.requestSent()).isTrue();
                    assertThat(e.mayHaveActed()).as("a request went unanswered").isTrue();
                    assertThat(e.getMessage()).contains("did not answer within PT0.2S");
                });
        assertThat(requests).hasValue(2);
    }

    @Test
    void noRateLimitPermitEndsAsUnavailableWithoutARequest() {
        GuardedHttp peer = peer(RateLimiterConfig.custom().limitForPeriod(1).limitRefreshPeriod(Duration.ofMinutes(1))
                .timeoutDuration(Duration.ZERO).build(), CircuitBreakerConfig.ofDefaults());

        assertThat(peer.call(GuardedHttpTest::get).getStatusCode().value()).isEqualTo(200);
        assertThatThrownBy(() -> peer.call(GuardedHttpTest::get))
                .isInstanceOfSatisfying(GuardedHttp.PeerUnavailable.class, e -> {
                    assertThat(e.requestSent()).isFalse();
                    assertThat(e.getMessage()).contains("rate limiter 'peer'");
                });
        assertThat(requests).hasValue(1);
    }

    @Test
    void anOpenBreakerEndsAsUnavailableWithoutARequestAndIsNotRetried() {
        status = 500;
        GuardedHttp peer = peer(RateLimiterConfig.custom().limitForPeriod(100).build(), CircuitBreakerConfig.custom()
                .slidingWindowSize(2).minimumNumberOfCalls(2).failureRateThreshold(50)
                .waitDurationInOpenState(Duration.ofMinutes(1))
                .recordExceptions(HttpServerErrorException.class).build());
        assertThatThrownBy(() -> peer.call(GuardedHttpTest::get)).isInstanceOf(GuardedHttp.PeerUnavailable.class);
        int sentWhileClosed = requests.get();

        assertThatThrownBy(() -> peer.call(GuardedHttpTest::get))
                .isInstanceOfSatisfying(GuardedHttp.PeerUnavailable.class, e -> {
                    assertThat(e.requestSent()).isFalse();
                    assertThat(e.mayHaveActed()).isFalse();
                    assertThat(e.getMessage()).contains("circuit breaker 'peer' is open");
                });
        assertThat(sentWhileClosed).isEqualTo(2); // both attempts of the first call counted by the breaker
        assertThat(requests).hasValue(2);
    }
}
