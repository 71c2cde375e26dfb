package com.refundpilot.platform.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.refundpilot.contracts.commands.AgreeRefund;
import com.refundpilot.contracts.commands.RefuseRefund;
import com.refundpilot.contracts.vocabulary.Evidence;
import com.refundpilot.contracts.vocabulary.EvidenceKind;
import com.refundpilot.contracts.vocabulary.OrderRef;
import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.contracts.vocabulary.PlatformAction;
import com.refundpilot.contracts.vocabulary.ComplaintAnswer;
import com.refundpilot.contracts.commands.AnswerComplaint;
import com.refundpilot.contracts.commands.SendBuyerMessage;
import com.refundpilot.platform.application.port.PlatformRefusal;
import com.refundpilot.kit.http.GuardedHttp;
import com.refundpilot.platform.adapter.out.wechat.WechatChannelsPlatformApi;
import com.refundpilot.platform.adapter.out.wechat.WechatClient;
import com.refundpilot.platform.application.port.DecisionOutcome;
import com.refundpilot.platform.config.WechatChannelsProperties;
import com.refundpilot.platform.domain.wechat.SeenEntry;
import com.refundpilot.platform.domain.wechat.WechatComplaintSeen;
import com.refundpilot.platform.domain.wechat.WechatSeen;
import com.refundpilot.platform.domain.wechat.WechatSeenBook;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import com.refundpilot.kit.http.PeerGuards;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;

/**
 * The WeChat API's decisions against a stub platform: a refusal goes out whether or not a 协商 came first and
 * WeChat's "negotiate first" answer comes back as its code (wechat.md §3.1); an agree of another amount than the
 * application's is never sent; a refunded request is "done already"; a refused token is renewed once; busy is no answer.
 */
class WechatChannelsPlatformApiTest {

    private static final OrderRef ORDER = new OrderRef(Platform.WECHAT_CHANNELS, "shop-w", "T-1");

    private final WechatStubApi stub = new WechatStubApi();
    private WechatChannelsPlatformApi api;

    /** The seen book as the webhook left it: no 协商 recorded for R-1. */
    private static final class NothingSeen implements WechatSeenBook {
        @Override
        public SeenEntry<WechatSeen> afterSaleEntry(String afterSaleId) {
            return SeenEntry.none();
        }

        @Override
        public boolean replace(WechatSeen next, WechatSeen baseline, SeenEntry<WechatSeen> from, String toldBy,
                Instant at) {
            return true;
        }

        @Override
        public SeenEntry<WechatComplaintSeen> complaintEntry(String complaintId) {
            return SeenEntry.none();
        }

        @Override
        public boolean replace(WechatComplaintSeen next, WechatComplaintSeen baseline,
                SeenEntry<WechatComplaintSeen> from, String toldBy, Instant at) {
            return true;
        }
    }

    private PeerGuards guards;

    @BeforeEach
    void setUp() {
        var properties = new WechatChannelsProperties(stub.baseUrl(), "wxsandbox0000001", "sandbox-secret",
                "sandbox-token", "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG", Duration.ofMinutes(5), 65536,
                Duration.ofHours(72), Duration.ofSeconds(10), Duration.ofSeconds(2), Set.of(),
                Set.of(PlatformAction.ACCEPT_COMPLAINT));
        RetryRegistry retries = RetryRegistry.of(RetryConfig.custom().maxAttempts(1).build());
        guards = new PeerGuards(retries, CircuitBreakerRegistry.ofDefaults(), RateLimiterRegistry.ofDefaults(),
                TimeLimiterRegistry.ofDefaults());
        var client = new WechatClient(RestClient.builder(), properties, Clock.systemUTC(), guards);
        api = new WechatChannelsPlatformApi(client, new NothingSeen(), properties);
        afterSale("MERCHANT_PROCESSING", 59900);
    }

    @AfterEach
    void stop() {
        stub.stop();
        guards.close();
    }

    private void afterSale(String status, long amount) {
        stub.answer("/channels/ec/aftersale/getaftersaleorder", body -> "{\"errcode\":0,\"after_sale_order\":{"
                + "\"after_sale_order_id\":\"R-1\",\"order_id\":\"T-1\",\"status\":\"" + status + "\",\"type\":\"REFUND\","
                + "\"refund_info\":{\"amount\":" + amount + "}}}");
    }

    private static RefuseRefund refusal() {
        return new RefuseRefund(ORDER, ORDER.caseIdOf("R-1"), "R-1", "SHIPPED", "已发货",
                List.of(new Evidence(EvidenceKind.TRACKING_RECORD, "ZT-1")), 1, "k:REFUSE:1", "DL-3");
    }

    @Test
    void aRefusalIsSentWithoutAPriorNegotiationAndWechatsNegotiateFirstAnswerIsItsCode() {
        stub.answer("/channels/ec/aftersale/rejectapply", body -> "{\"errcode\":0,\"errmsg\":\"ok\"}");
        assertThat(api.refuse(refusal()).succeeded()).isTrue();
        assertThat(stub.requestsAbout("/channels/ec/aftersale/rejectapply", "\"reject_certificates\":[\"TRACKING_RECORD:ZT-1\"]"))
                .isEqualTo(1);

        stub.answer("/channels/ec/aftersale/rejectapply", body -> "{\"errcode\":10021068,\"errmsg\":\"需先使用售后协商\"}");
        DecisionOutcome refused = api.refuse(refusal());
        assertThat(refused.succeeded()).isFalse();
        assertThat(refused.code()).isEqualTo("10021068");
        assertThat(refused.alreadyDone()).isFalse();
    }

    @Test
    void anAssumedCallIsMadeOnlyWhileItsActionIsDeclared() {
        stub.answer("/channels/ec/ordercomplaint/answer", body -> "{\"errcode\":0,\"errmsg\":\"ok\"}");
        var accept = new AnswerComplaint(ORDER, ORDER.caseIdOf("C-1"), "C-1", ComplaintAnswer.ACCEPT, 0, List.of(),
                "补偿", "k-1", "CP-1");
        var reject = new AnswerComplaint(ORDER, ORDER.caseIdOf("C-1"), "C-1", ComplaintAnswer.REJECT, 0,
                List.of(new Evidence(EvidenceKind.TRACKING_RECORD, "ZT-1")), "已按时发货", "k-2", "CP-1");

        assertThat(api.answerComplaint(accept).succeeded()).as("ACCEPT_COMPLAINT declared").isTrue();
        DecisionOutcome rejected = api.answerComplaint(reject);
        assertThat(rejected.code()).isEqualTo(DecisionOutcome.NOT_OFFERED);
        assertThat(stub.requestsAbout("/channels/ec/ordercomplaint/answer", "C-1")).isEqualTo(1);
        assertThatThrownBy(() -> api.sendMessage(new SendBuyerMessage(ORDER, ORDER.caseIdOf("R-1"), "R-1", "m-1", "亲")))
                .isInstanceOfSatisfying(PlatformRefusal.class, refusal ->
                        assertThat(refusal.decisionCode()).isEqualTo(DecisionOutcome.NOT_OFFERED));
        assertThat(stub.requestsAbout("/channels/ec/aftersale/sendmessage", "R-1")).isZero();
    }

    @Test
    void anAgreeOfAnotherAmountIsNotSentAndOneOfARefundedRequestIsDoneAlready() {
        var partial = new AgreeRefund(ORDER, ORDER.caseIdOf("R-1"), "R-1", 30000, true, 1, "k:AGREE:1", "NS-6");
        DecisionOutcome mismatch = api.agree(partial);
        assertThat(mismatch.code()).isEqualTo("AMOUNT_MISMATCH");
        assertThat(stub.requestsAbout("/channels/ec/aftersale/acceptapply", "R-1")).isZero();

        afterSale("MERCHANT_REFUND_SUCCESS", 59900);
        var full = new AgreeRefund(ORDER, ORDER.caseIdOf("R-1"), "R-1", 59900, false, 1, "k:AGREE:2", "NS-1");
        assertThat(api.agree(full).alreadyDone()).isTrue();
        assertThat(api.agreed(full)).isTrue();
        assertThat(stub.requestsAbout("/channels/ec/aftersale/acceptapply", "R-1")).isZero();
    }

    @Test
    void aRefusedTokenIsRenewedAndTheCallRepeatedOnceAndBusyIsNoAnswer() {
        AtomicInteger accepts = new AtomicInteger();
        stub.answer("/channels/ec/aftersale/acceptapply", body -> accepts.incrementAndGet() == 1
                ? "{\"errcode\":42001,\"errmsg\":\"access_token expired\"}" : "{\"errcode\":0,\"errmsg\":\"ok\"}");
        var agree = new AgreeRefund(ORDER, ORDER.caseIdOf("R-1"), "R-1", 59900, false, 1, "k:AGREE:1", "NS-1");
        assertThat(api.agree(agree).succeeded()).isTrue();
        assertThat(accepts.get()).isEqualTo(2);
        assertThat(stub.requestsAbout("/cgi-bin/token", "")).isEqualTo(2);

        stub.answer("/channels/ec/aftersale/getaftersaleorder", body -> "{\"errcode\":-1,\"errmsg\":\"system busy\"}");
        assertThatThrownBy(() -> api.agreed(agree)).isInstanceOf(GuardedHttp.PeerUnavailable.class);
    }
}
