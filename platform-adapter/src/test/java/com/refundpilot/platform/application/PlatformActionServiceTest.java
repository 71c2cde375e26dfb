package com.refundpilot.platform.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.refundpilot.contracts.codec.EnvelopeCodec;
import com.refundpilot.contracts.commands.AgreeReturn;
import com.refundpilot.contracts.commands.AnswerComplaint;
import com.refundpilot.contracts.commands.NegotiateRefund;
import com.refundpilot.contracts.commands.UploadEvidence;
import com.refundpilot.contracts.vocabulary.ComplaintAnswer;
import com.refundpilot.contracts.vocabulary.PlatformAction;
import com.refundpilot.platform.domain.taobao.TaobaoReturnStage;
import com.refundpilot.contracts.commands.RefuseRefund;
import com.refundpilot.contracts.envelope.Envelope;
import com.refundpilot.contracts.envelope.Message;
import com.refundpilot.contracts.events.PlatformActionRejected;
import com.refundpilot.contracts.events.PlatformActionSucceeded;
import com.refundpilot.contracts.vocabulary.Evidence;
import com.refundpilot.contracts.vocabulary.EvidenceKind;
import com.refundpilot.contracts.vocabulary.NegotiationKind;
import com.refundpilot.contracts.vocabulary.OrderRef;
import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.kit.http.GuardedHttp;
import com.refundpilot.kit.outbox.AggregateStore;
import com.refundpilot.kit.outbox.Outgoing;
import com.refundpilot.kit.timer.TimerStore;
import com.refundpilot.platform.config.DeliveryRetryProperties;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import com.refundpilot.platform.adapter.out.mongo.PlatformActionDocument;
import com.refundpilot.platform.adapter.out.taobao.TaobaoClient;
import com.refundpilot.platform.adapter.out.taobao.TaobaoPlatformApi;
import com.refundpilot.platform.application.port.PlatformApis;
import com.refundpilot.platform.domain.taobao.TaobaoNegotiation;
import com.refundpilot.platform.domain.taobao.TaobaoRefund;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A platform call without a clear answer is settled by re-reading the platform, never by a second call. */
class PlatformActionServiceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-11T02:00:00Z"), ZoneOffset.UTC);
    private static final OrderRef ORDER = new OrderRef(Platform.TAOBAO, "shop-1", "T1001");
    private static final String CASE = ORDER.caseIdOf("R1");

    private final EnvelopeCodec codec = new EnvelopeCodec();
    private final TaobaoClient taobao = mock(TaobaoClient.class);
    private final AggregateStore store = mock(AggregateStore.class);
    private final Map<String, PlatformActionDocument> saved = new HashMap<>();
    private PlatformActionService service;

    @BeforeEach
    void setUp() {
        when(store.find(eq(PlatformActionDocument.class), anyString()))
                .thenAnswer(call -> Optional.ofNullable(saved.get(call.<String>getArgument(1))));
        when(store.save(any(PlatformActionDocument.class))).thenAnswer(call -> {
            PlatformActionDocument document = call.getArgument(0);
            saved.put(document.getId(), document);
            return document;
        });
        // These commands set no deliverBy: an unavailable platform is reported at once, as before deferral.
        var deferral = new DeferredDelivery(mock(TimerStore.class), codec,
                new DeliveryRetryProperties(Duration.ofSeconds(30), 2, Duration.ofMinutes(10), Duration.ofMinutes(2)),
                CLOCK,
                new SimpleMeterRegistry());
        service = new PlatformActionService(new PlatformApis(List.of(new TaobaoPlatformApi(taobao))), store, new Outgoing("platform-adapter", CLOCK, codec), CLOCK,
                deferral);
    }

    private static TaobaoRefund refund(String status) {
        return new TaobaoRefund("R1", "T1001", status, "refund_bill", false, "599.00", "599.00", 1, 1, "SKU", "x",
                "shop-1", null, null, 2, true, "2026-11-14 10:00:00");
    }

    private Message published(String actionKey) {
        PlatformActionDocument document = saved.get(actionKey);
        assertThat(document.getOutbox()).hasSize(1);
        return codec.decode(document.getOutbox().get(0).payload()).data();
    }

    private final RefuseRefund refusal = new RefuseRefund(ORDER, CASE, "R1", "SIGNED", "已签收",
            List.of(new Evidence(EvidenceKind.SIGNING_PROOF, "a,b.jpg")), 1, CASE + ":REFUSE:1", "RS-6");

    @Test
    void aRefusalThatTimedOutButTookIsReportedAsSucceededAfterOneCall() {
        when(taobao.refuse(anyString(), anyString(), anyString(), anyString(), any(), anyLong()))
                .thenThrow(new GuardedHttp.PeerUnavailable("read timed out"));
        when(taobao.getRefund("shop-1", "R1")).thenReturn(refund("SELLER_REFUSE_BUYER"));

        service.refuse(Envelope.first(refusal, "test", CLOCK.instant()), refusal);

        verify(taobao, times(1)).refuse("shop-1", "R1", "已签收", "SIGNED", List.of("a b.jpg"), 1);
        assertThat(published(refusal.actionKey())).isInstanceOf(PlatformActionSucceeded.class);
        assertThat(saved.get(refusal.actionKey()).getResultCode()).isEqualTo("RECOVERED");

        service.refuse(Envelope.first(refusal, "test", CLOCK.instant()), refusal);
        verify(taobao, times(1)).refuse(anyString(), anyString(), anyString(), anyString(), any(), anyLong());
    }

    @Test
    void aRefusalThatTimedOutAndDidNotTakeIsReportedUnavailableNotResent() {
        when(taobao.refuse(anyString(), anyString(), anyString(), anyString(), any(), anyLong()))
                .thenThrow(new GuardedHttp.PeerUnavailable("read timed out"));
        when(taobao.getRefund("shop-1", "R1")).thenReturn(refund("WAIT_SELLER_AGREE"));

        service.refuse(Envelope.first(refusal, "test", CLOCK.instant()), refusal);

        verify(taobao, times(1)).refuse(anyString(), anyString(), anyString(), anyString(), any(), anyLong());
        var rejected = (PlatformActionRejected) published(refusal.actionKey());
        assertThat(rejected.code()).isEqualTo("PLATFORM_UNAVAILABLE");
    }

    @Test
    void aNegotiationThatTimedOutIsFoundInTheNegotiationsItMade() {
        var proposal = new NegotiateRefund(ORDER, CASE, "R1", NegotiationKind.PARTIAL_REFUND, 41930L, "协商", 1,
                CASE + ":NEGOTIATE:1", "NS-6");
        when(taobao.getRefund("shop-1", "R1")).thenReturn(refund("WAIT_SELLER_AGREE"));
        when(taobao.negotiate(anyString(), anyString(), anyString(), any(), anyString(), anyLong()))
                .thenThrow(new GuardedHttp.PeerUnavailable("read timed out"));
        when(taobao.getNegotiations("shop-1", "R1")).thenReturn(List.of(
                new TaobaoNegotiation(9, "PARTIAL_REFUND", "419.30", "协商", 1, "PENDING", null, null)));

        service.negotiate(Envelope.first(proposal, "test", CLOCK.instant()), proposal);

        verify(taobao, times(1)).negotiate("shop-1", "R1", "PARTIAL_REFUND", 41930L, "协商", 1);
        var succeeded = (PlatformActionSucceeded) published(proposal.actionKey());
        assertThat(succeeded.amountFen()).isEqualTo(41930);
    }

    @Test
    void aPartialProposalAboveTheRequestIsNeverSent() {
        var proposal = new NegotiateRefund(ORDER, CASE, "R1", NegotiationKind.PARTIAL_REFUND, 60000L, "协商", 1,
                CASE + ":NEGOTIATE:1", "NS-6");
        when(taobao.getRefund("shop-1", "R1")).thenReturn(refund("WAIT_SELLER_AGREE"));

        service.negotiate(Envelope.first(proposal, "test", CLOCK.instant()), proposal);

        verify(taobao, never()).negotiate(anyString(), anyString(), anyString(), any(), anyString(), anyLong());
        assertThat(((PlatformActionRejected) published(proposal.actionKey())).code()).isEqualTo("INVALID_REQUEST");
    }

    @Test
    void anAgreedReturnThatTimedOutButTookIsReportedAsSucceededAfterOneCall() {
        var command = new AgreeReturn(ORDER, CASE, "R1", "浙江", "杭州", "仓前街道1号", true, 1, CASE + ":AGREE_RETURN:1",
                "RR-1");
        when(taobao.agreeReturn(anyString(), anyString(), anyLong(), anyString(), anyString(), any(), anyBoolean()))
                .thenThrow(new GuardedHttp.PeerUnavailable("read timed out"));
        when(taobao.getReturnStage("shop-1", "R1"))
                .thenReturn(new TaobaoReturnStage("R1", "WAIT_BUYER_RETURN_GOODS", "浙江 杭州 仓前街道1号", false, 2));

        service.agreeReturn(Envelope.first(command, "test", CLOCK.instant()), command);
        service.agreeReturn(Envelope.first(command, "test", CLOCK.instant()), command);

        verify(taobao, times(1)).agreeReturn("shop-1", "R1", 1, "浙江", "杭州", "仓前街道1号", true);
        var succeeded = (PlatformActionSucceeded) published(command.actionKey());
        assertThat(succeeded.action()).isEqualTo(PlatformAction.AGREE_RETURN);
        assertThat(saved.get(command.actionKey()).getResultCode()).isEqualTo("RECOVERED");
    }

    @Test
    void evidenceThatTimedOutAndIsNotListedIsReportedUnavailableNotResent() {
        var command = new UploadEvidence(ORDER, CASE, "R1", List.of(new Evidence(EvidenceKind.CHAT_LOG, "chat 1, 2")),
                "note", CASE + ":UPLOAD_EVIDENCE:1", "CP-2");
        when(taobao.getRefund("shop-1", "R1")).thenReturn(refund("WAIT_SELLER_AGREE"));
        when(taobao.uploadEvidence(anyString(), any(), anyString(), anyString(), anyString()))
                .thenThrow(new GuardedHttp.PeerUnavailable("read timed out"));
        when(taobao.getEvidence("shop-1", TaobaoClient.EvidenceSubject.REFUND, "R1")).thenReturn(List.of());

        service.uploadEvidence(Envelope.first(command, "test", CLOCK.instant()), command);

        verify(taobao, times(1)).uploadEvidence("shop-1", TaobaoClient.EvidenceSubject.REFUND, "R1",
                "CHAT_LOG:chat 1  2", "note");
        var rejected = (PlatformActionRejected) published(command.actionKey());
        assertThat(rejected.action()).isEqualTo(PlatformAction.UPLOAD_EVIDENCE);
        assertThat(rejected.code()).isEqualTo("PLATFORM_UNAVAILABLE");
    }

    @Test
    void aComplaintAnswerWithoutEvidenceForARejectionOrNegativeMoneyIsNeverSent() {
        var command = new AnswerComplaint(ORDER, ORDER.caseIdOf("C1"), "C1", ComplaintAnswer.REJECT, 100,
                List.of(new Evidence(EvidenceKind.ERP_RECORD, "shipped 11-10")), "", ORDER.caseIdOf("C1") + ":REJECT", "CP-1");

        service.answerComplaint(Envelope.first(command, "test", CLOCK.instant()), command);

        verify(taobao, never()).answerComplaint(anyString(), anyString(), anyString(), anyLong(), anyString(), any());
        var rejected = (PlatformActionRejected) published(command.actionKey());
        assertThat(rejected.code()).isEqualTo("INVALID_REQUEST");
        assertThat(rejected.refundId()).isEqualTo("C1");
    }
}
