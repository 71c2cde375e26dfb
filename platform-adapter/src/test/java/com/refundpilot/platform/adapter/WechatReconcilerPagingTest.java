package com.refundpilot.platform.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.kit.http.PeerGuards;
import com.refundpilot.platform.adapter.out.wechat.WechatClient;
import com.refundpilot.platform.application.reconcile.WechatReconciler;
import com.refundpilot.platform.config.WechatChannelsProperties;
import com.refundpilot.platform.config.WechatReconcileProperties;
import com.refundpilot.platform.domain.reconcile.ChangePage;
import com.refundpilot.platform.domain.reconcile.SweepWindow;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;

/**
 * The WeChat source pages a window by {@code next_key} although the sweep asks by page number: page n + 1 sends the
 * key page n answered, by update time, within WeChat's 24-hour limit.
 */
class WechatReconcilerPagingTest {

    private static final SweepWindow WINDOW = new SweepWindow(Instant.parse("2026-12-01T08:00:00Z"),
            Instant.parse("2026-12-01T09:00:00Z"));

    private final WechatStubApi api = new WechatStubApi();
    private final PeerGuards guards = new PeerGuards(RetryRegistry.of(RetryConfig.custom().maxAttempts(1).build()),
            CircuitBreakerRegistry.ofDefaults(), RateLimiterRegistry.ofDefaults(), TimeLimiterRegistry.ofDefaults());

    @AfterEach
    void stop() {
        api.stop();
        guards.close();
    }

    private WechatReconciler reconciler() {
        var properties = new WechatChannelsProperties(api.baseUrl(), "wxsandbox0000001", "sandbox-secret",
                "sandbox-token", "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG", Duration.ofMinutes(5), 65536,
                Duration.ofHours(72), Duration.ofSeconds(10), Duration.ofSeconds(2), Set.of(), Set.of());
        var settings = new WechatReconcileProperties(true, Duration.ofSeconds(30), Duration.ofMinutes(10),
                Duration.ofMinutes(1), 100, Duration.ofHours(24), Duration.ofHours(1), 4, Duration.ofMinutes(5),
                List.of("shop-w"));
        return new WechatReconciler(new WechatClient(RestClient.builder(), properties, Clock.systemUTC(), guards), null,
                settings);
    }

    @Test
    void theSecondPageSendsTheKeyTheFirstAnswered() {
        api.answer("/channels/ec/aftersale/getaftersalelist", body -> body.contains("\"next_key\":\"K2\"")
                ? "{\"errcode\":0,\"after_sale_order_id_list\":[\"W-3\"],\"has_more\":false,\"next_key\":\"\"}"
                : "{\"errcode\":0,\"after_sale_order_id_list\":[\"W-1\",\"W-2\"],\"has_more\":true,\"next_key\":\"K2\"}");
        WechatReconciler reconciler = reconciler();

        ChangePage<String> first = reconciler.changes(Platform.WECHAT_CHANNELS, "shop-w", WINDOW, 1, 100);
        ChangePage<String> second = reconciler.changes(Platform.WECHAT_CHANNELS, "shop-w", WINDOW, 2, 100);

        assertThat(first.changes()).containsExactly("W-1", "W-2");
        assertThat(first.hasNext()).isTrue();
        assertThat(second.changes()).containsExactly("W-3");
        assertThat(second.hasNext()).isFalse();
        String window = "\"begin_update_time\":" + WINDOW.start().getEpochSecond() + ",\"end_update_time\":"
                + WINDOW.end().getEpochSecond();
        assertThat(api.requestsAbout("/channels/ec/aftersale/getaftersalelist", window)).isEqualTo(2);
        assertThat(api.requestsAbout("/channels/ec/aftersale/getaftersalelist", window + ",\"next_key\":\"K2\""))
                .isEqualTo(1);
    }

    @Test
    void aListSayingMoreWithoutAKeyIsUnreadable() {
        api.answer("/channels/ec/aftersale/getaftersalelist",
                body -> "{\"errcode\":0,\"after_sale_order_id_list\":[],\"has_more\":true}");

        assertThatThrownBy(() -> reconciler().changes(Platform.WECHAT_CHANNELS,
                "shop-w", WINDOW, 1, 100)).hasMessageContaining("next_key");
    }
}
