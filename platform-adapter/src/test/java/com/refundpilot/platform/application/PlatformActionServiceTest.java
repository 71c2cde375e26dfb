package com.refundpilot.platform.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.refundpilot.contracts.codec.EnvelopeCodec;
import com.refundpilot.contracts.commands.NegotiateRefund;
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
import com.refundpilot.platform.adapter.out.mongo.PlatformActionDocument;
import com.refundpilot.platform.adapter.out.taobao.TaobaoClient;
import com.refundpilot.platform.domain.taobao.TaobaoNegotiation;
import com.refundpilot.platform.domain.taobao.TaobaoRefund;
import java.time.Clock;
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
        service = new PlatformActionService(taobao, store, new Outgoing("platform-adapter", CLOCK, codec), CLOCK);
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
}
