package com.refundpilot.platform.application.reconcile;

import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.kit.outbox.AggregateStore;
import com.refundpilot.kit.outbox.OptimisticRetry;
import com.refundpilot.platform.adapter.out.mongo.InboundMessageDocument;
import com.refundpilot.platform.adapter.out.mongo.RefundWatermarkDocument;
import com.refundpilot.platform.adapter.out.mongo.ReconcileCursorStore;
import com.refundpilot.platform.domain.reconcile.Mark;
import com.refundpilot.platform.domain.reconcile.ObservedChange;
import com.refundpilot.platform.domain.reconcile.RefundWatermark;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;

/**
 * The per-refund watermarks both the webhook intake and the reconciliation sweep consult before they tell a change.
 * A message claims its change in the watermark BEFORE its own document (with its events) is stored: a change whose
 * claim is found is told already, or is being told by another instance right now. A claim whose message never got
 * stored (a crash in between) stops counting after {@link #CLAIM_HOLDS}, so the change is told again, not lost.
 */
@Component
public class RefundWatermarks {

    /** Longer than any intake takes (a TOP read with its retries, then one write): after it a claim was abandoned. */
    public static final Duration CLAIM_HOLDS = Duration.ofMinutes(2);

    private final AggregateStore store;
    private final ReconcileCursorStore cursors;
    private final Clock clock;
    private final Set<String> knownShops = ConcurrentHashMap.newKeySet();

    public RefundWatermarks(AggregateStore store, ReconcileCursorStore cursors, Clock clock) {
        this.store = store;
        this.cursors = cursors;
        this.clock = clock;
    }

    /**
     * Records that message {@code messageId} tells {@code change}, unless a valid earlier message of the same topic
     * told it already: then answers that message's ID and records nothing. A concurrent writer makes the whole
     * check run again on the fresh watermark, so of two messages racing for one change exactly one claims it.
     */
    public Optional<String> claim(Platform platform, ObservedChange change, String messageId) {
        return OptimisticRetry.run(() -> {
            Instant now = clock.instant();
            RefundWatermarkDocument document = store.find(RefundWatermarkDocument.class,
                    RefundWatermarkDocument.idOf(platform, change.refundId()))
                    .orElseGet(() -> new RefundWatermarkDocument(platform, change.shopId(), change.refundId()));
            RefundWatermark watermark = document.watermark();
            // Our own claim is no earlier message: a redelivery after a crash goes on with it.
            Predicate<Mark> earlier = valid(now).and(mark -> !mark.messageId().equals(messageId));
            if (change.kind() != null) {
                Optional<Mark> told = watermark.covering(Set.of(change.topic()), change.kind(), change.state(), earlier);
                if (told.isPresent()) {
                    return Optional.of(told.get().messageId());
                }
            }
            document.update(watermark.with(new Mark(change.topic(), change.state(), messageId, now), earlier));
            boolean first = document.getVersion() == null;
            store.save(document);
            if (first) {
                knowShop(platform, change.shopId());
            }
            return Optional.<String>empty();
        });
    }

    public RefundWatermark current(Platform platform, String refundId) {
        return store.find(RefundWatermarkDocument.class, RefundWatermarkDocument.idOf(platform, refundId))
                .map(RefundWatermarkDocument::watermark).orElse(RefundWatermark.empty());
    }

    /** A mark counts when its message was stored, or its claim is recent enough to be still in progress. */
    public Predicate<Mark> valid(Instant now) {
        return mark -> mark.at().plus(CLAIM_HOLDS).isAfter(now)
                || store.find(InboundMessageDocument.class, mark.messageId()).isPresent();
    }

    /** A shop a message came from is swept too, from then on (once per shop and process is enough). */
    private void knowShop(Platform platform, String shopId) {
        if (shopId != null && knownShops.add(platform + ":" + shopId)) {
            cursors.register(platform, shopId);
        }
    }
}
