package com.refundpilot.platform.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.refundpilot.contracts.codec.EnvelopeCodec;
import com.refundpilot.contracts.commands.AgreeRefund;
import com.refundpilot.contracts.commands.SendBuyerMessage;
import com.refundpilot.contracts.envelope.Envelope;
import com.refundpilot.contracts.events.PlatformActionRejected;
import com.refundpilot.contracts.events.PlatformActionSucceeded;
import com.refundpilot.contracts.vocabulary.OrderRef;
import com.refundpilot.contracts.vocabulary.PlatformAction;
import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.kit.http.GuardedHttp.PeerUnavailable;
import com.refundpilot.kit.outbox.AggregateStore;
import com.refundpilot.kit.outbox.Outgoing;
import com.refundpilot.kit.time.VirtualClock;
import com.refundpilot.kit.timer.DueTimer;
import com.refundpilot.kit.timer.TimerStore;
import com.refundpilot.platform.adapter.out.mongo.PlatformActionDocument;
import com.refundpilot.platform.adapter.out.mongo.PlatformActionDocument.State;
import com.refundpilot.platform.adapter.out.taobao.TaobaoPlatformApi;
import com.refundpilot.platform.application.port.DecisionOutcome;
import com.refundpilot.platform.application.port.PlatformApis;
import com.refundpilot.platform.adapter.out.taobao.TaobaoClient;
import com.refundpilot.platform.config.DeliveryRetryProperties;
import com.refundpilot.platform.domain.taobao.TaobaoRefund;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An unavailable platform delays an action (a persisted timer brings it back) but never loses or doubles it. */
class DeferredDeliveryTest {

    private static final Instant T0 = Instant.parse("2026-11-11T02:00:00Z");
    private static final OrderRef ORDER = new OrderRef(Platform.TAOBAO, "shop-1", "T1001");
    private static final String CASE = ORDER.caseIdOf("R1");
    private static final String KEY = CASE + ":AGREE_REFUND:1";
    private static final Duration LEASE = Duration.ofMinutes(2);

    private final VirtualClock clock = new VirtualClock(T0);
    private final EnvelopeCodec codec = new EnvelopeCodec();
    private final TaobaoClient taobao = mock(TaobaoClient.class);
    private final AggregateStore store = mock(AggregateStore.class);
    private final TimerStore timerStore = mock(TimerStore.class);
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final Map<String, PlatformActionDocument> saved = new HashMap<>();
    private PlatformCommands commands;
    private DeferredActionTimers timers;

    @BeforeEach
    void setUp() {
        when(store.find(eq(PlatformActionDocument.class), anyString()))
                .thenAnswer(call -> Optional.ofNullable(saved.get(call.<String>getArgument(1))));
        when(store.save(any(PlatformActionDocument.class))).thenAnswer(call -> {
            PlatformActionDocument document = call.getArgument(0);
            saved.put(document.getId(), document);
            return document;
        });
        var deferral = new DeferredDelivery(timerStore, codec,
                new DeliveryRetryProperties(Duration.ofSeconds(30), 2, Duration.ofMinutes(10), LEASE), clock, meters);
        var service = new PlatformActionService(new PlatformApis(java.util.List.of(new TaobaoPlatformApi(taobao))), store, new Outgoing("platform-adapter", clock, codec), clock,
                deferral);
        commands = new PlatformCommands(service);
        timers = new DeferredActionTimers(store, codec, commands, deferral, clock);
    }

    private static AgreeRefund agree(Instant deliverBy) {
        return new AgreeRefund(ORDER, CASE, "R1", 59900, false, 1, KEY, "NS-1", deliverBy);
    }

    private static TaobaoRefund refund(String status) {
        return new TaobaoRefund("R1", "T1001", status, "refund_bill", false, "599.00", "599.00", 1, 1, "SKU", "x",
                "shop-1", null, null, 1, true, "2026-11-14 10:00:00");
    }

    private PlatformActionDocument action() {
        return saved.get(KEY);
    }

    /** Moves the clock to the action's next look (its next try, or its lease's end) and fires its timer. */
    private void nextTry() {
        Instant due = action().nextLookAt();
        clock.set(due);
        timers.onTimer(new DueTimer(KEY, DeferredDelivery.TIMER_KIND, due));
    }

    private Envelope published() {
        assertThat(action().getOutbox()).hasSize(1);
        return codec.decode(action().getOutbox().get(0).payload());
    }

    private double counted(String name) {
        return meters.counter(name).count();
    }

    @Test
    void anAgreeThePlatformCouldNotTakeWaitsForItsTimerAndIsThenSentOnce() {
        when(taobao.agree(anyString(), anyString(), anyLong(), anyLong(), anyString()))
                .thenThrow(new PeerUnavailable("Taobao answered 503 after 3 attempts", true))
                .thenReturn(new DecisionOutcome("R1", true, null, "", false));
        when(taobao.getRefund("shop-1", "R1")).thenReturn(refund("WAIT_SELLER_AGREE"));
        Envelope envelope = Envelope.first(agree(T0.plus(Duration.ofHours(24))), "test", T0);

        commands.handle(envelope);

        assertThat(action().getState()).isEqualTo(State.DEFERRED);
        assertThat(action().getOutbox()).as("nothing reported while it waits").isEmpty();
        verify(timerStore).schedule(KEY, DeferredDelivery.TIMER_KIND, T0.plusSeconds(30));
        verify(timerStore).schedule(KEY, DeferredDelivery.TIMER_KIND, T0.plus(LEASE)); // the attempt's guard first
        commands.handle(envelope); // Kafka redelivers the command meanwhile: its timer owns it
        verify(taobao, times(1)).agree(anyString(), anyString(), anyLong(), anyLong(), anyString());

        nextTry();

        verify(taobao, times(2)).getRefund("shop-1", "R1"); // re-read after the 503, and before sending again
        verify(taobao, times(2)).agree("shop-1", "R1", 59900, 1, "onsale");
        assertThat(published().data()).isInstanceOf(PlatformActionSucceeded.class);
        assertThat(action().getState()).isEqualTo(State.SUCCEEDED);
        assertThat(action().getPendingEnvelope()).as("nothing left to carry out").isNull();
        verify(timerStore).cancel(KEY, DeferredDelivery.TIMER_KIND);
        assertThat(counted("refundpilot.platform.actions.deferred")).isEqualTo(1);
    }

    @Test
    void anAttemptWhoseInstanceDiedIsLeftAloneWhileItsLeaseLastsThenResumedByItsTimer() {
        Envelope envelope = Envelope.first(agree(T0.plus(Duration.ofHours(24))), "test", T0);
        // Another instance claimed the attempt and called the platform, then died before recording the answer.
        var abandoned = new PlatformActionDocument(KEY, PlatformAction.AGREE_REFUND, "R1", T0);
        abandoned.keep(codec.encode(envelope));
        abandoned.claimed(T0.plus(LEASE), T0);
        abandoned.attempted(T0);
        saved.put(KEY, abandoned);
        when(taobao.getRefund("shop-1", "R1")).thenReturn(refund("SUCCESS"));

        clock.advance(Duration.ofSeconds(10));
        commands.handle(envelope); // a redelivery while the lease is live: hands off

        verify(taobao, times(0)).getRefund(anyString(), anyString());
        nextTry();

        verify(taobao, times(0)).agree(anyString(), anyString(), anyLong(), anyLong(), anyString());
        assertThat(published().data()).isInstanceOf(PlatformActionSucceeded.class);
        assertThat(action().getResultCode()).isEqualTo("RECOVERED");
    }

    @Test
    void aTimerThatFiresDuringALiveAttemptLooksAgainWhenItsLeaseEnds() {
        Envelope envelope = Envelope.first(agree(T0.plus(Duration.ofHours(24))), "test", T0);
        var live = new PlatformActionDocument(KEY, PlatformAction.AGREE_REFUND, "R1", T0);
        live.keep(codec.encode(envelope));
        live.claimed(T0.plus(LEASE), T0);
        saved.put(KEY, live);

        timers.onTimer(new DueTimer(KEY, DeferredDelivery.TIMER_KIND, T0));

        verify(taobao, times(0)).getRefund(anyString(), anyString());
        verify(timerStore).schedule(KEY, DeferredDelivery.TIMER_KIND, T0.plus(LEASE));
    }

    @Test
    void aRetryWhoseReReadShowsTheAgreeTookReportsItWithoutSendingAgain() {
        when(taobao.agree(anyString(), anyString(), anyLong(), anyLong(), anyString()))
                .thenThrow(new PeerUnavailable("Taobao did not answer within PT4S after 3 attempts", true));
        when(taobao.getRefund("shop-1", "R1")).thenThrow(new PeerUnavailable("still down", true))
                .thenReturn(refund("SUCCESS"));

        commands.handle(Envelope.first(agree(T0.plus(Duration.ofHours(24))), "test", T0));
        nextTry();

        verify(taobao, times(1)).agree(anyString(), anyString(), anyLong(), anyLong(), anyString());
        assertThat(published().data()).isInstanceOf(PlatformActionSucceeded.class);
        assertThat(action().getResultCode()).isEqualTo("RECOVERED");
    }

    @Test
    void aPlatformDownPastDeliverByIsReportedUnavailableBeforeDeliverBy() {
        Instant deliverBy = T0.plus(Duration.ofMinutes(4));
        when(taobao.agree(anyString(), anyString(), anyLong(), anyLong(), anyString()))
                .thenThrow(new PeerUnavailable("circuit breaker 'taobao' is open", false));
        when(taobao.getRefund("shop-1", "R1")).thenThrow(new PeerUnavailable("circuit breaker 'taobao' is open", false));

        commands.handle(Envelope.first(agree(deliverBy), "test", T0));
        int tries = 0;
        while (action().getState() == State.DEFERRED && tries++ < 10) {
            nextTry();
        }

        // tries at +30 s and +90 s; the next, at +210 s, could not end (2 min lease) by +4 min: given up at +90 s
        assertThat(tries).isEqualTo(2);
        Envelope report = published();
        var rejected = (PlatformActionRejected) report.data();
        assertThat(rejected.code()).isEqualTo("PLATFORM_UNAVAILABLE");
        assertThat(rejected.reason()).contains("could not end before deliverBy " + deliverBy);
        assertThat(report.time()).isEqualTo(T0.plusSeconds(90)).isBefore(deliverBy);
        verify(taobao, times(1)).agree(anyString(), anyString(), anyLong(), anyLong(), anyString());
        assertThat(counted("refundpilot.platform.actions.deferred")).isEqualTo(2);
        assertThat(counted("refundpilot.platform.actions.gave.up")).isEqualTo(1);
    }

    @Test
    void aDeliverByAlreadyPassedIsReportedAtTheFirstFailure() {
        when(taobao.agree(anyString(), anyString(), anyLong(), anyLong(), anyString()))
                .thenThrow(new PeerUnavailable("no permit", false));

        commands.handle(Envelope.first(agree(T0.plusSeconds(10)), "test", T0));

        assertThat(((PlatformActionRejected) published().data()).code()).isEqualTo("PLATFORM_UNAVAILABLE");
        verify(timerStore, times(1)).schedule(anyString(), anyString(), any()); // only the attempt's guard
        verify(timerStore).cancel(KEY, DeferredDelivery.TIMER_KIND);
    }

    @Test
    void anAnswerSayingDoneAlreadyThatCannotBeReadBackWaitsForALaterTryInsteadOfBeingRejected() {
        // a time-out whose call was carried out late: the next attempt hears "done already", and the re-read fails
        when(taobao.agree(anyString(), anyString(), anyLong(), anyLong(), anyString()))
                .thenReturn(new DecisionOutcome("R1", false, "isv.refund-status-not-support", "already agreed", true));
        when(taobao.getRefund("shop-1", "R1"))
                .thenThrow(new PeerUnavailable("circuit breaker 'taobao' is open", false))
                .thenReturn(refund("SUCCESS"));
        Envelope envelope = Envelope.first(agree(T0.plus(Duration.ofHours(24))), "test", T0);

        commands.handle(envelope);

        assertThat(action().getState()).isEqualTo(State.DEFERRED);
        assertThat(action().getOutbox()).as("neither succeeded nor rejected yet").isEmpty();

        nextTry();

        assertThat(published().data()).isInstanceOf(PlatformActionSucceeded.class);
        verify(taobao, times(1)).agree(anyString(), anyString(), anyLong(), anyLong(), anyString());
    }

    // ---------------------------------------------------------------- buyer messages

    private static final String MESSAGE_KEY = "message:m-1";

    private static SendBuyerMessage message(Instant deliverBy) {
        return new SendBuyerMessage(ORDER, CASE, "R1", "m-1", "亲亲,退款已同意", deliverBy);
    }

    private Envelope messagePublished() {
        PlatformActionDocument message = saved.get(MESSAGE_KEY);
        assertThat(message.getOutbox()).hasSize(1);
        return codec.decode(message.getOutbox().get(0).payload());
    }

    @Test
    void aMessageThePlatformAnsweredWithServerErrorsWaitsForItsTimerAndIsThenSentOnce() {
        doThrow(new PeerUnavailable("Taobao answered 503 after 3 attempts", true, true)).doNothing()
                .when(taobao).addMessage(anyString(), anyString(), anyString());
        Envelope envelope = Envelope.first(message(T0.plus(Duration.ofMinutes(30))), "test", T0);

        commands.handle(envelope);

        PlatformActionDocument message = saved.get(MESSAGE_KEY);
        assertThat(message.getState()).isEqualTo(State.DEFERRED);
        assertThat(message.getOutbox()).as("nothing reported while it waits").isEmpty();
        commands.handle(envelope); // Kafka redelivers the command meanwhile: its timer owns it
        verify(taobao, times(1)).addMessage(anyString(), anyString(), anyString());

        clock.set(message.nextLookAt());
        timers.onTimer(new DueTimer(MESSAGE_KEY, DeferredDelivery.TIMER_KIND, message.nextLookAt()));

        verify(taobao, times(2)).addMessage("shop-1", "R1", "亲亲,退款已同意");
        assertThat(messagePublished().data()).isInstanceOf(PlatformActionSucceeded.class);
        assertThat(saved.get(MESSAGE_KEY).getState()).isEqualTo(State.SUCCEEDED);
    }

    @Test
    void aMessageThatMayHaveArrivedIsNeverSentAgain() {
        doThrow(new PeerUnavailable("Taobao did not answer within PT4S after 3 attempts", true, false))
                .when(taobao).addMessage(anyString(), anyString(), anyString());

        commands.handle(Envelope.first(message(T0.plus(Duration.ofMinutes(30))), "test", T0));

        assertThat(messagePublished().data()).isInstanceOfSatisfying(PlatformActionRejected.class,
                rejected -> assertThat(rejected.code()).isEqualTo("MESSAGE_FAILED"));
        verify(taobao, times(1)).addMessage(anyString(), anyString(), anyString());
    }

    @Test
    void aMessageWithoutDeliverByFailsAtOnceAsBefore() {
        doThrow(new PeerUnavailable("circuit breaker 'taobao' is open", false))
                .when(taobao).addMessage(anyString(), anyString(), anyString());

        commands.handle(Envelope.first(new SendBuyerMessage(ORDER, CASE, "R1", "m-1", "亲亲,退款已同意"), "test", T0));

        assertThat(messagePublished().data()).isInstanceOfSatisfying(PlatformActionRejected.class,
                rejected -> assertThat(rejected.code()).isEqualTo("MESSAGE_FAILED"));
    }
}
