package com.refundpilot.platform.application.webhook;

import com.refundpilot.kit.outbox.AggregateStore;
import com.refundpilot.platform.adapter.out.mongo.InboundMessageDocument;
import com.refundpilot.platform.application.reconcile.RefundWatermarks;
import com.refundpilot.platform.domain.wechat.SeenEntry;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Which state a fetch-and-compare starts from. What was seen is replaced (conditionally) BEFORE the message telling
 * the difference is stored, so that of two instances comparing at once only one tells it. A replacement whose
 * message is stored, or whose claim is young (its teller is storing it right now), counts. One whose message never
 * got stored while its claim grew old — the teller died in between — does not: the comparison starts again from the
 * state that teller started from, so the difference is told late, never lost. So does a redelivery of that very
 * message (its own claim). A teller slower than {@link RefundWatermarks#CLAIM_HOLDS} may be doubled: a duplicate,
 * which the consumers' idempotency absorbs, rather than a loss.
 */
@Component
public class SeenClaims {

    private final AggregateStore store;
    private final Clock clock;

    public SeenClaims(AggregateStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Where a comparison starts: the state to compare with, and the message whose claim is still in progress
     * ({@code pendingBy}, null when none is). A comparison that starts from a pending claim and finds nothing beyond
     * it must not replace it (its teller may still die, and the difference it claimed would be lost).
     */
    public record Start<T>(T state, String pendingBy) {
    }

    /**
     * What was seen, or what the last replacement started from when its claim was abandoned or is
     * {@code ownMessage}'s own (the document ID, or a derived {@code ownMessage#…}).
     */
    public <T> Start<T> start(SeenEntry<T> entry, String ownMessage) {
        if (entry.toldBy() == null || entry.version() == 0) {
            return new Start<>(entry.current(), null);
        }
        if (store.find(InboundMessageDocument.class, entry.toldBy()).isPresent()) {
            return new Start<>(entry.current(), null);
        }
        boolean own = entry.toldBy().equals(ownMessage) || entry.toldBy().startsWith(ownMessage + "#");
        Instant now = clock.instant();
        boolean abandoned = entry.toldAt() == null || !entry.toldAt().plus(RefundWatermarks.CLAIM_HOLDS).isAfter(now);
        return own || abandoned ? new Start<>(entry.previous(), null) : new Start<>(entry.current(), entry.toldBy());
    }
}
