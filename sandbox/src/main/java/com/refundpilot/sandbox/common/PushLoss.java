package com.refundpilot.sandbox.common;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.IntSupplier;

/**
 * One platform losing pushes on purpose, as a real one does when it gives up redelivering or the merchant was down:
 * the next {@code dropNext} pushes that match (a topic and/or a refund, or any) never reach the merchant. A lost push
 * is held with its late delivery (the same bytes and message IDs), so a test can still deliver it after the sweep told
 * its change. Each platform's pusher has one and asks {@link #swallows} before each delivery.
 */
public final class PushLoss {

    /** Enough for any test; the oldest lost push goes first beyond it. */
    static final int HELD_KEPT = 100;

    /** A lost push: what the control view shows of it, and how to deliver it late (answers the HTTP status). */
    public record Lost(List<WebhookLossView.Held> messages, IntSupplier deliverLate) {
    }

    private int dropNext;
    private String topic;
    private String refundId;
    private long dropped;
    private final List<Lost> held = new ArrayList<>();

    /** Replaces the rule: lose the next {@code count} pushes matching {@code topic} and {@code refundId} (null: any). */
    public synchronized WebhookLossView lose(int count, String topic, String refundId) {
        this.dropNext = count;
        this.topic = blankToNull(topic);
        this.refundId = blankToNull(refundId);
        return view();
    }

    /**
     * True when this push is lost (the caller then does not deliver it): it is about {@code pushRefundId} and carries
     * messages of {@code topics} (one push may carry several, as a Douyin batch does).
     */
    public synchronized boolean swallows(Collection<String> topics, String pushRefundId, Lost push) {
        if (dropNext == 0 || (topic != null && !topics.contains(topic))
                || (refundId != null && !refundId.equals(pushRefundId))) {
            return false;
        }
        dropNext--;
        dropped++;
        held.add(push);
        if (held.size() > HELD_KEPT) {
            held.remove(0);
        }
        return true;
    }

    /** {@link #swallows(Collection, String, Lost)} for a push that carries one message. */
    public boolean swallows(WebhookLossView.Held message, IntSupplier deliverLate) {
        return swallows(Set.of(message.topic()), message.refundId(), new Lost(List.of(message), deliverLate));
    }

    /** The lost pushes, oldest first, handed over once (for a late delivery). */
    public synchronized List<Lost> takeHeld() {
        List<Lost> taken = List.copyOf(held);
        held.clear();
        return taken;
    }

    public synchronized WebhookLossView view() {
        return new WebhookLossView(dropNext, topic, refundId, dropped,
                held.stream().flatMap(lost -> lost.messages().stream()).toList());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
