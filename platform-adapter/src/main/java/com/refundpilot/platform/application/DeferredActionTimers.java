package com.refundpilot.platform.application;

import com.refundpilot.contracts.codec.EnvelopeCodec;
import com.refundpilot.kit.outbox.AggregateStore;
import com.refundpilot.kit.timer.DueTimer;
import com.refundpilot.kit.timer.TimerHandler;
import com.refundpilot.platform.adapter.out.mongo.PlatformActionDocument;
import com.refundpilot.platform.adapter.out.mongo.PlatformActionDocument.State;
import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * A platform action's timer: a deferred action whose time has come, or an attempt whose holder's lease ran out,
 * goes through the same path as a command from Kafka, where the stored intent and the re-read before any second
 * call keep it to one effect. Safe with several instances: the sweeper gives each firing to one of them, and the
 * attempt's claim (an optimistic write with a lease) lets only one attempt run at a time.
 */
@Component
public class DeferredActionTimers implements TimerHandler {

    private final AggregateStore store;
    private final EnvelopeCodec codec;
    private final PlatformCommands commands;
    private final DeferredDelivery deferral;
    private final Clock clock;

    public DeferredActionTimers(AggregateStore store, EnvelopeCodec codec, PlatformCommands commands,
            DeferredDelivery deferral, Clock clock) {
        this.store = store;
        this.codec = codec;
        this.commands = commands;
        this.deferral = deferral;
        this.clock = clock;
    }

    @Override
    public void onTimer(DueTimer timer) {
        if (!DeferredDelivery.TIMER_KIND.equals(timer.kind())) {
            return;
        }
        PlatformActionDocument action = store.find(PlatformActionDocument.class, timer.aggregateId()).orElse(null);
        if (action == null || action.getPendingEnvelope() == null
                || action.getState() == State.SUCCEEDED || action.getState() == State.REJECTED) {
            return; // ended (or from before envelopes were kept: its Kafka redelivery settles it, as it always did)
        }
        if (action.claimable(clock.instant())) {
            commands.handle(codec.decode(action.getPendingEnvelope()));
        } else {
            deferral.lookAgainAt(action.getId(), action.nextLookAt()); // someone's attempt is live, or not yet due
        }
    }
}
