package com.refundpilot.sandbox.platform.taobao;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A platform losing pushes on purpose, as a real one does when it gives up redelivering or the merchant was down:
 * the next {@code dropNext} pushes that match (a topic and/or a refund, or any) never reach the merchant. A lost
 * message is held, so a test can still deliver it late and show that nothing comes of it twice. One per wire
 * ({@code M}: the wire's serialized message), each with its own control path ({@code .../webhook-loss}).
 */
public class PushLoss<M> {

    /** Enough for any test; the oldest lost message goes first beyond it. */
    static final int HELD_KEPT = 100;

    private final Function<M, WebhookLossView.Held> describe;
    private int dropNext;
    private String topic;
    private String refundId;
    private long dropped;
    private final List<M> held = new ArrayList<>();

    /** {@code describe}: the message's ID, topic, refund and complaint, as the view shows a held one. */
    public PushLoss(Function<M, WebhookLossView.Held> describe) {
        this.describe = describe;
    }

    /** Replaces the rule: lose the next {@code count} pushes matching {@code topic} and {@code refundId} (null: any). */
    public synchronized WebhookLossView lose(int count, String topic, String refundId) {
        this.dropNext = count;
        this.topic = blankToNull(topic);
        this.refundId = blankToNull(refundId);
        return view();
    }

    /** True when this push is lost: the caller then does not deliver it. */
    public synchronized boolean swallows(M message) {
        WebhookLossView.Held about = describe.apply(message);
        if (dropNext == 0 || (topic != null && !topic.equals(about.topic()))
                || (refundId != null && !refundId.equals(about.refundId()))) {
            return false;
        }
        dropNext--;
        dropped++;
        held.add(message);
        if (held.size() > HELD_KEPT) {
            held.remove(0);
        }
        return true;
    }

    /** The lost messages, oldest first, handed over once (for a late delivery). */
    public synchronized List<M> takeHeld() {
        List<M> taken = List.copyOf(held);
        held.clear();
        return taken;
    }

    public synchronized WebhookLossView view() {
        return new WebhookLossView(dropNext, topic, refundId, dropped, held.stream().map(describe).toList());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
