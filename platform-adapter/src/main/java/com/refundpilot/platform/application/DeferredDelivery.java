package com.refundpilot.platform.application;

import com.refundpilot.contracts.codec.EnvelopeCodec;
import com.refundpilot.contracts.envelope.DeliveryDeadline;
import com.refundpilot.contracts.envelope.Envelope;
import com.refundpilot.kit.timer.TimerStore;
import com.refundpilot.platform.adapter.out.mongo.PlatformActionDocument;
import com.refundpilot.platform.config.DeliveryRetryProperties;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * An action the platform could not take now waits for another try instead of being lost (ADR 0009): its intent
 * stays, a persisted timer brings the command back with backoff, and the command's {@code deliverBy} says when
 * waiting no longer helps, so the deadline still wins and a person gets it in time.
 *
 * <p>The same timer guards every attempt: claimed for a lease, it fires when the lease ends, so an attempt whose
 * instance died is resumed (re-read first) instead of waiting for a redelivery that may never come.
 */
@Component
public class DeferredDelivery {

    /** The kind of the persisted timers that bring deferred actions back (also what a scenario run drains). */
    public static final String TIMER_KIND = "PLATFORM_DELIVERY";

    private final TimerStore timers;
    private final EnvelopeCodec codec;
    private final DeliveryRetryProperties retry;
    private final Clock clock;
    private final Counter deferred;
    private final Counter gaveUp;

    public DeferredDelivery(TimerStore timers, EnvelopeCodec codec, DeliveryRetryProperties retry, Clock clock,
            MeterRegistry registry) {
        this.timers = timers;
        this.codec = codec;
        this.retry = retry;
        this.clock = clock;
        this.deferred = Counter.builder("refundpilot.platform.actions.deferred")
                .description("platform actions put off because the platform was unavailable").register(registry);
        this.gaveUp = Counter.builder("refundpilot.platform.actions.gave.up")
                .description("deferred platform actions given up at their deliverBy, reported PLATFORM_UNAVAILABLE")
                .register(registry);
    }

    /**
     * Claims an attempt and keeps the command for the timer (the caller saves the document before calling the
     * platform). The timer comes first (TimerStore's rule): a crash after it leaves at most a firing that finds
     * nothing to do.
     */
    void claim(PlatformActionDocument document, Envelope envelope) {
        if (document.getPendingEnvelope() == null) {
            document.keep(codec.encode(envelope));
        }
        Instant now = clock.instant();
        Instant leaseUntil = now.plus(retry.attemptLease());
        timers.schedule(document.getId(), TIMER_KIND, leaseUntil);
        document.claimed(leaseUntil, now);
    }

    /**
     * Puts the action off to its next try, or says no (false) when the next try could not end by its
     * {@code deliverBy} or the command gives none: the caller then reports it unavailable. The caller saves.
     */
    boolean defer(PlatformActionDocument document, Envelope envelope) {
        Instant deliverBy = deliverByOf(envelope);
        if (deliverBy == null) {
            return false;
        }
        Instant now = clock.instant();
        Instant next = now.plus(retry.retryAfter(document.getDeferrals()));
        // A try must be able to end (its lease) by deliverBy: the give-up is reported by then, never after.
        if (next.plus(retry.attemptLease()).isAfter(deliverBy)) {
            gaveUp.increment();
            return false;
        }
        timers.schedule(document.getId(), TIMER_KIND, next);
        document.deferred(next, PlatformActionService.UNAVAILABLE, now);
        deferred.increment();
        return true;
    }

    /** The action has ended (after its final save): its timer has nothing left to guard. */
    void ended(PlatformActionDocument document) {
        timers.cancel(document.getId(), TIMER_KIND);
    }

    /** A waiting action is looked at again at {@code at} (a live attempt's lease end, or its next try). */
    void lookAgainAt(String actionKey, Instant at) {
        timers.schedule(actionKey, TIMER_KIND, at);
    }

    /** Why a failed delivery is not tried again, for the rejection's reason. */
    static String notRetriedBecause(Envelope envelope) {
        Instant deliverBy = deliverByOf(envelope);
        return deliverBy == null ? "the command sets no deliverBy"
                : "a next try could not end before deliverBy " + deliverBy;
    }

    private static Instant deliverByOf(Envelope envelope) {
        return envelope.data() instanceof DeliveryDeadline bounded ? bounded.deliverBy() : null;
    }
}
