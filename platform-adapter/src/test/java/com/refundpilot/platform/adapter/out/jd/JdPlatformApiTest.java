package com.refundpilot.platform.adapter.out.jd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.refundpilot.contracts.commands.AgreeRefund;
import com.refundpilot.contracts.commands.AnswerComplaint;
import com.refundpilot.contracts.commands.ExtendReceipt;
import com.refundpilot.contracts.commands.NegotiateRefund;
import com.refundpilot.contracts.commands.UploadEvidence;
import com.refundpilot.contracts.vocabulary.ComplaintAnswer;
import com.refundpilot.contracts.vocabulary.Evidence;
import com.refundpilot.contracts.vocabulary.EvidenceKind;
import com.refundpilot.contracts.vocabulary.NegotiationKind;
import com.refundpilot.contracts.vocabulary.OrderRef;
import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.contracts.vocabulary.PlatformAction;
import com.refundpilot.kit.http.GuardedHttp;
import com.refundpilot.kit.http.PeerGuards;
import com.refundpilot.platform.application.port.DecisionOutcome;
import com.refundpilot.platform.config.JdProperties;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;

/**
 * A shop on the real JD declares no assumed capability: then the calls jd.md §4 marks assumed (a partial refund, 协商
 * beyond 待客户反馈, the receipt extension, evidence, complaint answers) are refused PLATFORM_NOT_SUPPORTED without any
 * call (the platform here is unreachable, so a call would end otherwise); JD's public 待客户反馈 still goes out, and
 * a declared action's call does too.
 */
class JdPlatformApiTest {

    private static final OrderRef ORDER = new OrderRef(Platform.JD, "shop-j", "J1");
    private static final Set<PlatformAction> PUBLIC = Set.of(PlatformAction.AGREE_REFUND, PlatformAction.REFUSE,
            PlatformAction.SEND_BUYER_MESSAGE, PlatformAction.AGREE_RETURN, PlatformAction.EXCHANGE_SHIPPED);

    private static final PeerGuards GUARDS = new PeerGuards(
            RetryRegistry.of(RetryConfig.custom().maxAttempts(1).build()), CircuitBreakerRegistry.ofDefaults(),
            RateLimiterRegistry.ofDefaults(), TimeLimiterRegistry.ofDefaults());

    @AfterAll
    static void closeGuards() {
        GUARDS.close();
    }

    private static JdPlatformApi api(Set<PlatformAction> assumed) {
        var properties = new JdProperties("http://127.0.0.1:1", "app", "secret", Duration.ofMinutes(5), 65536,
                Duration.ofHours(48), Duration.ofMillis(300), PUBLIC, assumed);
        return new JdPlatformApi(new JdClient(RestClient.builder(), properties, Clock.systemUTC(), GUARDS), properties);
    }

    private static NegotiateRefund negotiation(NegotiationKind kind) {
        return new NegotiateRefund(ORDER, ORDER.caseIdOf("S1"), "S1", kind,
                kind == NegotiationKind.PARTIAL_REFUND ? 30000L : null, "协商", 3, "k-n", "G-6", null);
    }

    @Test
    void withoutTheAssumedCallsEveryAssumedActionIsNotOfferedAndNothingIsSent() {
        JdPlatformApi realJd = api(Set.of());
        List<Evidence> proof = List.of(new Evidence(EvidenceKind.TRACKING_RECORD, "JD-1"));

        List<DecisionOutcome> outcomes = List.of(
                realJd.agree(new AgreeRefund(ORDER, ORDER.caseIdOf("S1"), "S1", 30000, true, 3, "k-a", "RR-9", null)),
                realJd.negotiate(negotiation(NegotiationKind.PARTIAL_REFUND)),
                realJd.negotiate(negotiation(NegotiationKind.ASK_TO_CANCEL)),
                realJd.extendReceipt(new ExtendReceipt(ORDER, ORDER.caseIdOf("S1"), "S1", Duration.ofDays(3), 3, "k-e",
                        "RR-16", null)),
                realJd.uploadEvidence(new UploadEvidence(ORDER, ORDER.caseIdOf("S1"), "S1", proof, "举证", "k-u",
                        "G-6", null)),
                realJd.answerComplaint(new AnswerComplaint(ORDER, ORDER.caseIdOf("C1"), "C1", ComplaintAnswer.ACCEPT,
                        1500, List.of(), "补偿", "k-c", "CP-1")));

        assertThat(outcomes).allSatisfy(outcome -> {
            assertThat(outcome.succeeded()).isFalse();
            assertThat(outcome.code()).isEqualTo(DecisionOutcome.NOT_OFFERED);
            assertThat(outcome.message()).contains("京麦");
        });
    }

    @Test
    void jdsPublicWaitFeedbackAndADeclaredActionGoToThePlatform() {
        assertThatThrownBy(() -> api(Set.of()).negotiate(negotiation(NegotiationKind.ASK_EVIDENCE)))
                .as("待客户反馈 is a public JOS method").isInstanceOf(GuardedHttp.PeerUnavailable.class);
        assertThatThrownBy(() -> api(Set.of(PlatformAction.NEGOTIATE)).negotiate(negotiation(NegotiationKind.ASK_TO_CANCEL)))
                .isInstanceOf(GuardedHttp.PeerUnavailable.class);
    }
}
