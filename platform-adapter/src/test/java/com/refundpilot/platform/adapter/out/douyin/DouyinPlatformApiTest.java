package com.refundpilot.platform.adapter.out.douyin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.refundpilot.contracts.commands.AnswerComplaint;
import com.refundpilot.contracts.commands.NegotiateRefund;
import com.refundpilot.contracts.commands.SendBuyerMessage;
import com.refundpilot.contracts.vocabulary.ComplaintAnswer;
import com.refundpilot.contracts.vocabulary.NegotiationKind;
import com.refundpilot.contracts.vocabulary.OrderRef;
import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.contracts.vocabulary.PlatformAction;
import com.refundpilot.kit.http.GuardedHttp;
import com.refundpilot.platform.application.port.PlatformRefusal;
import com.refundpilot.platform.config.DouyinProperties;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import com.refundpilot.kit.http.PeerGuards;
import org.junit.jupiter.api.AfterAll;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;

/**
 * A shop on the real platform declares no assumed capability: then 协商, buyer messages and complaint answers are
 * refused PLATFORM_NOT_SUPPORTED without any call (the platform here is unreachable, so a call would end otherwise);
 * declared, the same command does go to the platform.
 */
class DouyinPlatformApiTest {

    private static final OrderRef ORDER = new OrderRef(Platform.DOUYIN, "shop-d", "P1");
    private static final Set<PlatformAction> PUBLIC = Set.of(PlatformAction.AGREE_REFUND, PlatformAction.REFUSE);

    private static final PeerGuards GUARDS = new PeerGuards(
            RetryRegistry.of(RetryConfig.custom().maxAttempts(1).build()), CircuitBreakerRegistry.ofDefaults(),
            RateLimiterRegistry.ofDefaults(), TimeLimiterRegistry.ofDefaults());

    @AfterAll
    static void closeGuards() {
        GUARDS.close();
    }

    private static DouyinPlatformApi api(Set<PlatformAction> assumed) {
        var properties = new DouyinProperties("http://127.0.0.1:1/douyin", "app", "secret", 131072,
                Duration.ofHours(72), Duration.ofMillis(300), PUBLIC, assumed);
        var client = new DouyinClient(RestClient.builder(), properties, Clock.systemUTC(), GUARDS);
        return new DouyinPlatformApi(client, properties);
    }

    private static NegotiateRefund negotiation() {
        return new NegotiateRefund(ORDER, ORDER.caseIdOf("A1"), "A1", NegotiationKind.ASK_TO_CANCEL, null, "撤销吧",
                1764576000L, "k-1", "G-6", null);
    }

    @Test
    void withoutTheAssumedCallsNegotiationMessagesAndComplaintAnswersAreNotOfferedAndNothingIsSent() {
        DouyinPlatformApi realPlatform = api(Set.of());

        var negotiated = realPlatform.negotiate(negotiation());
        assertThat(negotiated.succeeded()).isFalse();
        assertThat(negotiated.code()).isEqualTo("PLATFORM_NOT_SUPPORTED");
        assertThat(realPlatform.negotiated(negotiation())).isFalse();

        var answer = new AnswerComplaint(ORDER, ORDER.caseIdOf("C1"), "C1", ComplaintAnswer.ACCEPT, 1500, List.of(),
                "补偿", "k-2", "CP-1");
        assertThat(realPlatform.answerComplaint(answer).code()).isEqualTo("PLATFORM_NOT_SUPPORTED");
        assertThat(realPlatform.complaintAnswered(answer)).isFalse();

        assertThatThrownBy(() -> realPlatform.sendMessage(new SendBuyerMessage(ORDER, ORDER.caseIdOf("A1"), "A1", "m-1",
                "亲")))
                .isInstanceOfSatisfying(PlatformRefusal.class, refusal ->
                        assertThat(refusal.decisionCode()).isEqualTo("PLATFORM_NOT_SUPPORTED"));
    }

    @Test
    void declaredTheSameNegotiationGoesToThePlatform() {
        DouyinPlatformApi sandbox = api(Set.of(PlatformAction.NEGOTIATE));

        assertThatThrownBy(() -> sandbox.negotiate(negotiation())).isInstanceOf(GuardedHttp.PeerUnavailable.class);
    }
}
